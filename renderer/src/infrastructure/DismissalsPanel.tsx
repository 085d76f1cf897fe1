import { useState } from 'react';
import { dismissalKinds } from '../../../shared/api/infrastructureApi';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import { useAction } from './useAction';

type Kind = (typeof dismissalKinds)[number];

/** Lists, adds and removes dismissed sources and accounts; every change is audited by the engine. */
export function DismissalsPanel({ revealed }: { revealed: boolean }) {
  const list = useQuery('listDismissals', { reveal: revealed }, `dismissals-${revealed}`);
  const { run, error, busy } = useAction(list.reload);
  const [kind, setKind] = useState<Kind>('source');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const add = async () => {
    if (await run(() => call('addDismissal', { kind, value: value.trim(), note }))) {
      setValue('');
      setNote('');
    }
  };
  const rows = list.data ?? [];
  return (
    <Panel title="Dismissed" testId="dismissals">
      <p className="hint">A source or account the analyst has looked at and set aside, with the reason.</p>
      {rows.length === 0 ? (
        <p className="hint" data-testid="dismissals-empty">
          Nothing dismissed.
        </p>
      ) : (
        <table className="grid" data-testid="dismissals-table">
          <thead>
            <tr>
              <th>Kind</th>
              <th>Value</th>
              <th>Note</th>
              <th>Added (UTC)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`dismissal-row-${r.id}`}>
                <td>{r.kind}</td>
                <td className="mono">{r.value}</td>
                <td>{r.note}</td>
                <td>{r.addedAt.replace('T', ' ').replace('Z', '')}</td>
                <td>
                  <button className="ghost" data-testid={`dismissal-remove-${r.id}`} disabled={busy} onClick={() => void run(() => call('removeDismissal', { id: r.id }))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row infra-form">
        <select aria-label="Dismiss" data-testid="dismissal-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {dismissalKinds.map((k) => (
            <option key={k} value={k}>
              {k === 'source' ? 'Source address' : 'Account'}
            </option>
          ))}
        </select>
        <input aria-label="Value" data-testid="dismissal-value" placeholder={kind === 'source' ? '198.51.100.7' : 'jane@corp.example'} value={value} onChange={(e) => setValue(e.target.value)} />
        <input aria-label="Note" data-testid="dismissal-note" placeholder="Why" value={note} onChange={(e) => setNote(e.target.value)} />
        <button data-testid="dismissal-add" disabled={busy || !value.trim()} onClick={() => void add()}>
          Dismiss
        </button>
      </div>
      <ErrorNote message={error ?? list.error} testId="dismissal-error" />
    </Panel>
  );
}
