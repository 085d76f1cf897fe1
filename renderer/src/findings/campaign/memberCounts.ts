import type { FindingDraftDto } from '../../../../shared/api/findingsApi';

/** How many accounts and sources a finding's member tables hold: the evidence's exact counts, else the preview lengths. */
export function memberCounts(f: FindingDraftDto): { accounts: number; sources: number } {
  const e = f.evidence;
  const n = (...vs: unknown[]) => vs.find((v): v is number => typeof v === 'number');
  return { accounts: n(e.memberAccounts, e.userCount) ?? f.users.length, sources: n(e.memberSources, e.ipCount) ?? f.ips.length };
}
