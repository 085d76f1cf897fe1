import { attackKinds } from '../../../shared/api/findingsApi';
import { createRedactor } from './createRedactor';
import type { ReportModel } from './ReportModel';

/**
 * The model as a report may show it. Unless the analyst opted in, accounts (customers and staff) are masked
 * and every IP is masked except attack sources (campaign sources; a takeover's success address is masked unless a campaign used it): those are indicators of the attacker, shared to be blocked,
 * not personal data of our customers. Customers' leaked last-login IPs and staff IPs stay masked.
 */
export function redactModel(m: ReportModel): ReportModel {
  if (m.includePersonalData) return m;
  const users = [
    ...m.findings.rows.flatMap((f) => f.users),
    ...m.spikes.reference.rows.map((r) => r.user),
    ...m.exports.reference.rows.map((r) => r.user),
    ...m.exports.baseline.rows.map((r) => r.user),
    ...(m.exposure ? [...m.exposure.seenInSignins.accounts, ...m.exposure.attemptedByAttackSources.accounts, ...m.exposure.successfulAfterAttempt.accounts].map((a) => a.user) : []),
  ].filter((u): u is string => u !== null);
  const attackIps = [...m.attackers.map((a) => a.ip), ...m.findings.rows.filter((f) => attackKinds.includes(f.kind)).flatMap((f) => f.ips)];
  const r = createRedactor(false, users, attackIps);
  return {
    ...m,
    spikes: {
      ...m.spikes,
      reference: { ...m.spikes.reference, rows: m.spikes.reference.rows.map((x) => ({ ...x, user: r.user(x.user), ip: r.ip(x.ip) })) },
      topSources: m.spikes.topSources.map((x) => ({ ...x, ip: r.ip(x.ip) })),
    },
    exports: {
      ...m.exports,
      reference: { ...m.exports.reference, rows: m.exports.reference.rows.map((x) => ({ ...x, user: r.user(x.user) })) },
      baseline: { ...m.exports.baseline, rows: m.exports.baseline.rows.map((x) => ({ ...x, user: r.user(x.user) })) },
    },
    findings: {
      ...m.findings,
      rows: m.findings.rows.map((f) => ({
        ...f,
        users: f.users.map((u) => r.user(u) ?? u),
        ips: f.ips.map((ip) => r.ip(ip) ?? ip),
        summary: r.text(f.summary),
        evidence: r.deep(f.evidence),
        sql: r.text(f.sql),
        params: r.deep(f.params),
        note: f.note === null ? null : r.text(f.note),
      })),
    },
    exposure: m.exposure
      ? {
          ...m.exposure,
          seenInSignins: { ...m.exposure.seenInSignins, accounts: m.exposure.seenInSignins.accounts.map((a) => ({ ...a, user: r.user(a.user) ?? '' })) },
          attemptedByAttackSources: {
            ...m.exposure.attemptedByAttackSources,
            accounts: m.exposure.attemptedByAttackSources.accounts.map((a) => ({ ...a, user: r.user(a.user) ?? '' })),
          },
          successfulAfterAttempt: {
            ...m.exposure.successfulAfterAttempt,
            accounts: m.exposure.successfulAfterAttempt.accounts.map((a) => ({ ...a, user: r.user(a.user) ?? '', successIp: r.ip(a.successIp) })),
          },
          leakedIpsSeen: { ...m.exposure.leakedIpsSeen, ips: m.exposure.leakedIpsSeen.ips.map((x) => ({ ...x, ip: r.ip(x.ip) ?? '' })) },
        }
      : null,
    methodology: m.methodology.map((s) => ({ ...s, sql: r.text(s.sql), params: r.deep(s.params) })),
  };
}
