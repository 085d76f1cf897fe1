import { useState } from 'react';
import { knownInfrastructureKinds } from '../../../shared/api/infrastructureApi';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import { useAction } from './useAction';

type Kind = (typeof knownInfrastructureKinds)[number];
const kindLabels: Record<Kind, string> = { egress: 'Egress range', vpn: 'VPN', service_account: 'Service account' };

/** Lists, adds and removes the egress ranges, VPNs and service accounts the analyst knows; every change is audited by the engine. */
export function KnownInfrastructurePanel({ revealed }: { revealed: boolean }) {
  const list = useQuery('listKnownInfrastructure', { reveal: revealed }, `known-${revealed}`);
  const { run, error, busy } = useAction(list.reload);
  const [kind, setKind] = useState<Kind>('egress');
  const [cidr, setCidr] = useState('');
  const [account, setAccount] = useState('');
  const [note, setNote] = useState('');
  const add = async () => {
    const ok = await run(() =>
      call('addKnownInfrastructure', { kind, note, ...(cidr.trim() ? { cidr: cidr.trim() } : {}), ...(account.trim() ? { account: account.trim() } : {}) }),
    );
    if (ok) {
      setCidr('');
      setAccount('');
      setNote('');
    }
  };
  const rows = list.data ?? [];
  return (
    <Panel title="Known infrastructure" testId="known-infrastructure">
      <p className="hint">Ranges and accounts the detectors treat as yours: a label they weigh, not a blind spot. An internal host that attacks is still reported.</p>
      {rows.length === 0 ? (
        <p className="hint" data-testid="known-empty">
          None named yet.
        </p>
      ) : (
        <table className="grid" data-testid="known-table">
          <thead>
            <tr>
              <th>Kind</th>
              <th>Range</th>
              <th>Account</th>
              <th>Note</th>
              <th>Added (UTC)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`known-row-${r.id}`}>
                <td>{kindLabels[r.kind]}</td>
                <td className="mono">{r.cidr ?? '—'}</td>
                <td>{r.account ?? '—'}</td>
                <td>{r.note}</td>
                <td>{r.addedAt.replace('T', ' ').replace('Z', '')}</td>
                <td>
                  <button className="ghost" data-testid={`known-remove-${r.id}`} disabled={busy} onClick={() => void run(() => call('removeKnownInfrastructure', { id: r.id }))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row infra-form">
        <select aria-label="Kind" data-testid="known-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {knownInfrastructureKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
        <input aria-label="Range (CIDR)" data-testid="known-cidr" placeholder="203.0.113.0/24" value={cidr} onChange={(e) => setCidr(e.target.value)} />
        <input aria-label="Account" data-testid="known-account" placeholder="svc-backup@corp.example" value={account} onChange={(e) => setAccount(e.target.value)} />
        <input aria-label="Note" data-testid="known-note" placeholder="Note" value={note} onChange={(e) => setNote(e.target.value)} />
        <button data-testid="known-add" disabled={busy || (!cidr.trim() && !account.trim())} onClick={() => void add()}>
          Add
        </button>
      </div>
      <ErrorNote message={error ?? list.error} testId="known-error" />
    </Panel>
  );
}
