import { attackKinds } from '../../../../shared/api/findingsApi';
import type { ReportInputs } from './ReportInputs';
import type { ReportModel } from './ReportModel';

/**
 * Every address that attacked: the sources of campaign findings only (never a shared address a campaign excluded, nor
 * a takeover's success address), read from the complete member tables when the findings are stored, since a stored
 * finding's `ips` is a preview.
 */
export async function attackSourceIps(api: ReportInputs, findings: Pick<ReportModel['findings'], 'origin' | 'rows'>): Promise<string[]> {
  const attacks = findings.rows.filter((f) => attackKinds.includes(f.kind));
  const ips = new Set<string>();
  for (const f of attacks) {
    if (findings.origin !== 'stored' || !api.findingSources) {
      f.ips.forEach((ip) => ips.add(ip));
      continue;
    }
    for (let offset = 0; ; ) {
      const page = await api.findingSources({ id: f.id, offset, limit: 1000 });
      page.rows.forEach((r) => r.ip !== null && ips.add(r.ip));
      offset += page.rows.length;
      if (page.rows.length === 0 || offset >= page.total) break;
    }
  }
  return [...ips].sort();
}
