import type { DuckDBConnection } from '@duckdb/node-api';
import { attackKinds } from '../../../../shared/api/findingsApi';
import { resetKinds, type AccountsAtRiskDto } from '../../../../shared/api/resetAccountsApi';
import { queryOne } from '../../sql/queryRows';
import { readAccountsAtRisk } from '../../resetAccounts/readAccountsAtRisk';
import { storedAccountsSql } from '../../resetAccounts/storedAccountsSql';
import type { ReportFinding } from './ReportModel';

/** The campaign figures a report states: how many attacks, how many accounts they reached and what they achieved. */
export interface CampaignCounts {
  campaigns: number;
  campaignsByKind: Record<string, number>;
  accountsAttacked: number;
  /** Accounts of takeover findings above low severity. */
  accountsTakenOver: number;
  takeoversByConfidence: { high: number; medium: number; low: number };
  /** Accounts of low takeovers only: the owner's own device on its own network after a campaign's failed tries (docs/design.md §1), attacked but not counted as taken over. */
  ownerSigninsAfterTries: number;
  credentialsValid: number;
  mfaFatigue: number;
  accountsToReset: number;
}

const signinKinds = [...attackKinds, ...resetKinds];

/** The account a takeover or MFA-fatigue finding is about. */
function accountOf(f: ReportFinding): string | undefined {
  return typeof f.evidence.account === 'string' ? f.evidence.account : f.users[0];
}

/** Distinct accounts of stored sign-in findings of some kinds (complete member tables and previews), not dismissed, counted in SQL. */
async function storedAccounts(c: DuckDBConnection, kinds: readonly string[]): Promise<number> {
  return (await queryOne<{ n: number }>(c, `SELECT ${storedAccountsSql(kinds)} AS n`)).n;
}

/** The outcomes of live findings (never stored, so without member tables), from their account lists: the stored ones are counted by readAccountsAtRisk. */
function liveOutcomes(rows: ReportFinding[]): AccountsAtRiskDto {
  const allTakeovers = rows.filter((f) => f.kind === 'account_takeover');
  const takeovers = allTakeovers.filter((f) => f.severity !== 'low');
  const taken = new Set(takeovers.map(accountOf));
  const byConfidence = { high: 0, medium: 0, low: 0 };
  for (const f of takeovers) {
    const conf = f.evidence.confidence;
    if (conf === 'high' || conf === 'medium' || conf === 'low') byConfidence[conf]++;
  }
  const live = (kinds: readonly string[]) => new Set(rows.filter((f) => kinds.includes(f.kind)).flatMap((f) => f.users)).size;
  return {
    takenOver: taken.size,
    takenOverByConfidence: byConfidence,
    ownerSigninsAfterTries: new Set(allTakeovers.map(accountOf).filter((a) => !taken.has(a))).size,
    credentialsValid: live(['credential_valid']),
    mfaFatigue: new Set(rows.filter((f) => f.kind === 'mfa_fatigue').map(accountOf)).size,
    toReset: live(resetKinds),
  };
}

/**
 * Counts campaigns and their outcomes for the report and the Art. 33 facts. Stored findings are counted from their
 * complete member tables, the outcomes by readAccountsAtRisk (the workbench's Accounts at risk reads the same); live
 * findings (never stored, so without member tables) from their account lists.
 */
export async function campaignCounts(c: DuckDBConnection, findings: { origin: 'stored' | 'live'; rows: ReportFinding[] }): Promise<CampaignCounts> {
  const campaigns = findings.rows.filter((f) => attackKinds.includes(f.kind));
  const stored = findings.origin === 'stored';
  const outcomes = stored ? await readAccountsAtRisk(c) : liveOutcomes(findings.rows);
  return {
    campaigns: campaigns.length,
    campaignsByKind: Object.fromEntries(attackKinds.map((k) => [k, campaigns.filter((f) => f.kind === k).length])),
    accountsAttacked: stored ? await storedAccounts(c, signinKinds) : new Set(findings.rows.filter((f) => signinKinds.includes(f.kind)).flatMap((f) => f.users)).size,
    accountsTakenOver: outcomes.takenOver,
    takeoversByConfidence: outcomes.takenOverByConfidence,
    ownerSigninsAfterTries: outcomes.ownerSigninsAfterTries,
    credentialsValid: outcomes.credentialsValid,
    mfaFatigue: outcomes.mfaFatigue,
    accountsToReset: outcomes.toReset,
  };
}
