import { severities, type FindingDto, type Severity } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { allFindings, members } from '../scenarios/scoreFindings';
import { windowsAttacks, windowsHonest, windowsRightKinds, type WindowsAttack, type WindowsTruth } from './WindowsTruth';

/** A finding naming honest accounts or sources, with the phenomena they come from. */
export interface WindowsWrong {
  kind: string;
  severity: Severity;
  summary: string;
  honestAccounts: number;
  honestSources: number;
  /** Honest members per phenomenon (`everyday` when none more specific), and `attacked, not taken over`. */
  labels: Record<string, number>;
  /** Wrong as a whole: an account finding on an honest or misread account, or a campaign listing an honest source or mostly honest accounts. */
  wrong: boolean;
}

/** How well one attack was found: accounts named by a finding of a right kind, by any finding, and the best right severity per account. */
export interface WindowsRecall {
  attack: WindowsAttack;
  accounts: number;
  right: number;
  /** The accounts a finding of a right kind named, with one of the attack's sources. */
  named: string[];
  seen: number;
  sources: number;
  sourcesRight: number;
  severity: Partial<Record<Severity | 'none', number>>;
}

/** A run's score: wrong findings at every severity and recall per attack. */
export interface WindowsScore {
  wrong: WindowsWrong[];
  recall: WindowsRecall[];
}

/** An account as the domain names it: `CORP\x`, `x@CORP.EXAMPLE.COM` and `X` are one account `x` (as Windows treats them). */
export const accountKey = (u: string): string => u.replace(/^.*\\/, '').replace(/@.*$/, '').toLowerCase();

const accountKinds = new Set(['account_takeover', 'credential_valid', 'mfa_fatigue', 'brute_force']);
const rank = (s: Severity | 'none') => (s === 'none' ? -1 : severities.indexOf(s));

/**
 * Scores the stored findings of a generated domain against its truth, as the blind test's scorer does: a finding is
 * wrong when it names an honest account (an account finding) or an honest source (a campaign), or takes an account an
 * attack only tried (AS-REP roasting included: it proves no password) for taken over, or a brute force whose sources
 * are all honest (a lockout's own device, whoever else tried the account). A finding counts for an attack when it is of
 * a right kind and lists one of the attack's sources (sprays overlap in accounts). Accounts are compared as the
 * domain names them (accountKey), so a spelling the log varies does not hide a member.
 */
export async function scoreWindows(engine: Engine, truth: WindowsTruth): Promise<WindowsScore> {
  const attacked = new Set(windowsAttacks.flatMap((k) => [...truth.attacks[k].accounts]));
  const attackSources = new Set(windowsAttacks.flatMap((k) => [...truth.attacks[k].sources]));
  const honestAccount = (u: string) => !attacked.has(u) && windowsHonest.some((k) => truth.honest[k].accounts.has(u));
  const honestSource = (ip: string) => !attackSources.has(ip) && windowsHonest.some((k) => truth.honest[k].sources.has(ip));
  const label = (x: string, on: 'accounts' | 'sources') => {
    const ks: string[] = windowsHonest.filter((k) => k !== 'everyday' && truth.honest[k][on].has(x));
    return ks.length > 0 ? ks : ['everyday'];
  };
  const takenOver = truth.attacks.takeover.accounts;
  const found: Array<{ f: FindingDto; users: string[]; ips: string[] }> = [];
  for (const f of await allFindings(engine)) found.push({ f, users: [...new Set((await members(engine, f.id, 'accounts')).map(accountKey))], ips: await members(engine, f.id, 'sources') });
  const wrong: WindowsWrong[] = [];
  for (const { f, users, ips } of found) {
    const misread = f.kind === 'account_takeover' ? users.filter((u) => attacked.has(u) && !takenOver.has(u)) : [];
    const badUsers = [...users.filter(honestAccount), ...misread];
    const badIps = accountKinds.has(f.kind) && f.kind !== 'brute_force' ? [] : ips.filter(honestSource);
    if (badUsers.length === 0 && badIps.length === 0) continue;
    if (f.kind === 'brute_force' && badUsers.length === 0 && !ips.every(honestSource)) continue;
    const labels: Record<string, number> = {};
    if (misread.length > 0) labels['attacked, not taken over'] = misread.length;
    for (const [xs, on] of [[badUsers, 'accounts'], [badIps, 'sources']] as const) for (const x of xs) for (const k of label(x, on)) if (!misread.includes(x) || k !== 'everyday') labels[k] = (labels[k] ?? 0) + 1;
    const onlyHonestSources = ips.length > 0 && ips.every(honestSource);
    const whole = f.kind === 'brute_force' ? badUsers.length > 0 || onlyHonestSources : accountKinds.has(f.kind) ? badUsers.length > 0 : badIps.length > 0 || badUsers.length * 2 > users.length;
    wrong.push({ kind: f.kind, severity: f.severity, summary: f.summary, honestAccounts: badUsers.length, honestSources: badIps.length, labels, wrong: whole });
  }
  const recall = windowsAttacks.map((attack): WindowsRecall => {
    const want = truth.attacks[attack];
    const best = new Map<string, Severity>();
    const seen = new Set<string>();
    const sourcesRight = new Set<string>();
    for (const { f, users, ips } of found) {
      const right = windowsRightKinds[attack].includes(f.kind) && (want.sources.size === 0 || ips.some((ip) => want.sources.has(ip)));
      for (const u of users.filter((x) => want.accounts.has(x))) {
        seen.add(u);
        if (right && rank(f.severity) > rank(best.get(u) ?? 'none')) best.set(u, f.severity);
      }
      if (right) for (const ip of ips) if (want.sources.has(ip)) sourcesRight.add(ip);
    }
    const severity: WindowsRecall['severity'] = {};
    for (const u of want.accounts) severity[best.get(u) ?? 'none'] = (severity[best.get(u) ?? 'none'] ?? 0) + 1;
    return { attack, accounts: want.accounts.size, right: best.size, named: [...best.keys()].sort(), seen: seen.size, sources: want.sources.size, sourcesRight: sourcesRight.size, severity };
  });
  return { wrong, recall };
}
