import { severities, type FindingDto, type Severity } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { allFindings, members } from '../scenarios/scoreFindings';
import { blindAttacks, blindHonest, rightKinds, type BlindAttack, type BlindTruth } from './BlindTruth';

/** A finding naming honest accounts or addresses, with the phenomena they come from. */
export interface BlindWrong {
  kind: string;
  severity: Severity;
  summary: string;
  honestAccounts: number;
  honestSources: number;
  /** Honest members per phenomenon (`everyday` when none more specific; `mail_migration` for the tool's mailboxes). */
  labels: Record<string, number>;
  /** Wrong as a whole: an account finding on an honest or misread account, or a campaign listing an honest address or mostly honest accounts. */
  wrong: boolean;
}

/** How well one attack was found: accounts named by a finding of its kind, by any finding, and the best severity of the right kind per account. */
export interface BlindRecall {
  attack: BlindAttack;
  accounts: number;
  right: number;
  seen: number;
  sources: number;
  sourcesRight: number;
  severity: Partial<Record<Severity | 'none', number>>;
}

/** A blind run's score: wrong findings at every severity, recall per attack, and what the migration tool and the monitor drew. */
export interface BlindScore {
  wrong: BlindWrong[];
  recall: BlindRecall[];
  /** Strongest severity of a finding naming the mail-migration address ('none' when unseen). */
  migration: Severity | 'none';
  /** Strongest severity of a finding naming the uptime monitor's account. */
  monitor: Severity | 'none';
}

/** Attacks whose accounts were taken over (a takeover finding on another attacked account misreads it). */
const takeoverAttacks: readonly BlindAttack[] = ['takeover', 'takeover_second_address', 'takeover_same_carrier'];

/** Findings judged on their accounts alone (the rest are campaigns, judged on their addresses too). */
const accountKinds = new Set(['account_takeover', 'credential_valid', 'mfa_fatigue', 'brute_force']);
const rank = (s: Severity | 'none') => (s === 'none' ? -1 : severities.indexOf(s));
const strongest = (xs: Severity[]): Severity | 'none' => xs.reduce<Severity | 'none'>((a, b) => (rank(b) > rank(a) ? b : a), 'none');

/**
 * Scores the stored findings of a blind case against its truth: a finding is wrong when it names an honest account
 * (an account finding) or an honest address (a campaign), or takes an account an attack only tried for taken over; a
 * campaign listing the mail-migration tool's address is the tool's own finding (scored apart, as the house scores a
 * pen test).
 */
export async function scoreBlind(engine: Engine, truth: BlindTruth): Promise<BlindScore> {
  const attacked = new Set(blindAttacks.flatMap((k) => [...truth.attacks[k].accounts]));
  const attackIps = new Set(blindAttacks.flatMap((k) => [...truth.attacks[k].sources]));
  const honestAccount = (u: string) => !attacked.has(u) && blindHonest.some((k) => truth.honest[k].accounts.has(u));
  const honestSource = (ip: string) => !attackIps.has(ip) && blindHonest.some((k) => truth.honest[k].sources.has(ip));
  const label = (x: string, on: 'accounts' | 'sources') => {
    const ks: string[] = blindHonest.filter((k) => k !== 'everyday' && truth.honest[k][on].has(x));
    if (truth.migration[on].has(x)) ks.push('mail_migration');
    return ks.length > 0 ? ks : ['everyday'];
  };
  const takenOver = new Set(takeoverAttacks.flatMap((k) => [...truth.attacks[k].accounts]));
  const tool = [...truth.migration.sources][0];
  const found: Array<{ f: FindingDto; users: string[]; ips: string[] }> = [];
  for (const f of await allFindings(engine)) found.push({ f, users: await members(engine, f.id, 'accounts'), ips: await members(engine, f.id, 'sources') });
  const wrong: BlindWrong[] = [];
  for (const { f, users, ips } of found) {
    if (tool !== undefined && ips.includes(tool) && !accountKinds.has(f.kind)) continue;
    const misread = f.kind === 'account_takeover' ? users.filter((u) => attacked.has(u) && !takenOver.has(u)) : [];
    const badUsers = [...users.filter(honestAccount), ...misread];
    const badIps = accountKinds.has(f.kind) ? [] : ips.filter(honestSource);
    if (badUsers.length === 0 && badIps.length === 0) continue;
    const labels: Record<string, number> = {};
    if (misread.length > 0) labels['attacked, not taken over'] = misread.length;
    for (const [xs, on] of [[badUsers.filter((u) => !misread.includes(u)), 'accounts'], [badIps, 'sources']] as const) for (const x of xs) for (const k of label(x, on)) labels[k] = (labels[k] ?? 0) + 1;
    const whole = accountKinds.has(f.kind) ? badUsers.length > 0 : badIps.length > 0 || badUsers.length * 2 > users.length;
    wrong.push({ kind: f.kind, severity: f.severity, summary: f.summary, honestAccounts: badUsers.length, honestSources: badIps.length, labels, wrong: whole });
  }
  const recall = blindAttacks.map((attack): BlindRecall => {
    const want = truth.attacks[attack];
    const best = new Map<string, Severity>();
    const seen = new Set<string>();
    const ipsRight = new Set<string>();
    for (const { f, users, ips } of found) {
      const right = rightKinds[attack].includes(f.kind);
      for (const u of users.filter((x) => want.accounts.has(x))) {
        seen.add(u);
        if (right && rank(f.severity) > rank(best.get(u) ?? 'none')) best.set(u, f.severity);
      }
      if (right) for (const ip of ips) if (want.sources.has(ip)) ipsRight.add(ip);
    }
    const severity: BlindRecall['severity'] = {};
    for (const u of want.accounts) severity[best.get(u) ?? 'none'] = (severity[best.get(u) ?? 'none'] ?? 0) + 1;
    return { attack, accounts: want.accounts.size, right: best.size, seen: seen.size, sources: want.sources.size, sourcesRight: ipsRight.size, severity };
  });
  const naming = (pred: (x: { users: string[]; ips: string[] }) => boolean) => strongest(found.filter(pred).map((x) => x.f.severity));
  const probe = [...truth.honest.uptime_monitor.accounts][0];
  return { wrong, recall, migration: naming((x) => tool !== undefined && x.ips.includes(tool)), monitor: naming((x) => probe !== undefined && x.users.includes(probe)) };
}
