import { useState } from 'react';
import { dismissalKinds, type DismissalDto } from '../../../shared/api/infrastructureApi';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import type { Column } from '../ui/DataTable';
import { EntryListPanel } from './EntryListPanel';
import { useAction } from './useAction';

type Kind = (typeof dismissalKinds)[number];

const columns: Array<Column<DismissalDto>> = [
  { head: 'Kind', cell: (r) => r.kind },
  { head: 'Value', className: 'mono', cell: (r) => r.source ?? r.account },
  { head: 'Note', cell: (r) => r.note },
];

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
  return (
    <EntryListPanel
      title="Dismissed"
      prefix="dismissal"
      testId="dismissals"
      hint="A source or account the analyst has looked at and set aside, with the reason."
      empty="Nothing dismissed."
      emptyTestId="dismissals-empty"
      tableTestId="dismissals-table"
      rows={list.data ?? []}
      columns={columns}
      busy={busy}
      onRemove={(r) => void run(() => call('removeDismissal', { id: r.id }))}
      error={error ?? list.error}
      form={
        <>
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
        </>
      }
    />
  );
}
