import { useState } from 'react';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../../../shared/format/formatCount';
import { Panel } from '../ui/Panel';
import { useAction } from './useAction';

/** The offline IP dataset behind countries and ASNs (name, version, date, licence), its age against the logs, and a lookup button. */
export function IpIntelPanel() {
  const status = useQuery('ipIntelStatus', {}, 'ip-intel');
  const [counts, setCounts] = useState<{ addresses: number; located: number; labelled: number } | null>(null);
  const { run, error, busy } = useAction(status.reload);
  const s = status.data;
  return (
    <Panel
      title="IP intelligence"
      testId="ip-intel"
      aside={
        <button className="ghost" data-testid="intel-refresh" disabled={busy} onClick={() => void run(async () => setCounts(await call('refreshIpIntel', {})))}>
          {busy ? 'Looking up…' : 'Look up addresses'}
        </button>
      }
    >
      {s && s.datasets.length === 0 && <p className="hint">The shipped dataset is loaded into the case at the first lookup.</p>}
      {s && s.datasets.length > 0 && (
        <ul data-testid="intel-datasets">
          {s.datasets.map((d) => (
            <li key={d.role}>
              {d.role === 'asn' ? 'AS' : 'Country'}: <span className="mono">{d.name}</span> {d.version}, data of {d.dataDate}, {formatCount(d.ranges)} ranges. {d.licence}.
            </li>
          ))}
        </ul>
      )}
      {s?.logsFrom && (
        <p className="hint">
          Logs from {s.logsFrom} to {s.logsTo}.
        </p>
      )}
      {counts && (
        <p data-testid="intel-counts">
          {formatCount(counts.addresses)} addresses: {formatCount(counts.located)} with a country or AS, {formatCount(counts.labelled)} in a labelled range (private, carrier-grade NAT,
          documentation…).
        </p>
      )}
      {s?.warning && (
        <p className="sev-medium" data-testid="intel-warning">
          {s.warning}
        </p>
      )}
      <ErrorNote message={error ?? status.error} testId="intel-error" />
    </Panel>
  );
}
