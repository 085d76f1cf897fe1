import { useState } from 'react';
import { knownInfrastructureKinds, type KnownInfrastructureDto } from '../../../shared/api/infrastructureApi';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import type { Column } from '../ui/DataTable';
import { EntryListPanel } from './EntryListPanel';
import { useAction } from './useAction';

type Kind = (typeof knownInfrastructureKinds)[number];
const kindLabels: Record<Kind, string> = { egress: 'Egress range', vpn: 'VPN', service_account: 'Service account' };

const columns: Array<Column<KnownInfrastructureDto>> = [
  { head: 'Kind', cell: (r) => kindLabels[r.kind] },
  { head: 'Range', className: 'mono', cell: (r) => r.cidr ?? '—' },
  { head: 'Account', cell: (r) => r.account ?? '—' },
  { head: 'Note', cell: (r) => r.note },
];

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
  return (
    <EntryListPanel
      title="Known infrastructure"
      prefix="known"
      testId="known-infrastructure"
      hint="Ranges and accounts the detectors treat as yours: a label they weigh, not a blind spot. An internal host that attacks is still reported."
      empty="None named yet."
      emptyTestId="known-empty"
      tableTestId="known-table"
      rows={list.data ?? []}
      columns={columns}
      busy={busy}
      onRemove={(r) => void run(() => call('removeKnownInfrastructure', { id: r.id }))}
      error={error ?? list.error}
      form={
        <>
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
        </>
      }
    />
  );
}
