import type { DuckDBConnection } from '@duckdb/node-api';
import { attackKinds } from '../../../../shared/api/findingsApi';
import { resetKinds } from '../../../../shared/api/resetAccountsApi';
import { queryOne } from '../../sql/queryRows';
import { distinctAccountsSql } from '../../resetAccounts/distinctAccountsSql';
import { storedFindingRelations, type FindingRelations } from '../../resetAccounts/FindingRelations';
import { readAccountsAtRisk } from '../../resetAccounts/readAccountsAtRisk';
import { liveFindingRelations } from './liveFindingRelations';
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

/** Distinct accounts of the findings of some kinds, not dismissed, counted in SQL (complete member tables and previews). */
async function accountsOf(c: DuckDBConnection, kinds: readonly string[], r: FindingRelations): Promise<number> {
  const q = distinctAccountsSql(kinds, r);
  return (await queryOne<{ n: number }>(c, `SELECT ${q.sql} AS n`, q.params)).n;
}

/**
 * Counts campaigns and their outcomes for the report and the Art. 33 facts, the outcomes by readAccountsAtRisk (the
 * workbench's Accounts at risk reads the same): stored findings from the case's tables and their complete member tables,
 * live ones (never stored, with complete account lists) by the same SQL over their rows (liveFindingRelations).
 */
export async function campaignCounts(c: DuckDBConnection, findings: { origin: 'stored' | 'live'; rows: ReportFinding[] }): Promise<CampaignCounts> {
  const campaigns = findings.rows.filter((f) => attackKinds.includes(f.kind));
  const relations = findings.origin === 'stored' ? storedFindingRelations : liveFindingRelations(findings.rows.filter((f) => signinKinds.includes(f.kind)));
  const outcomes = await readAccountsAtRisk(c, relations);
  return {
    campaigns: campaigns.length,
    campaignsByKind: Object.fromEntries(attackKinds.map((k) => [k, campaigns.filter((f) => f.kind === k).length])),
    accountsAttacked: await accountsOf(c, signinKinds, relations),
    accountsTakenOver: outcomes.takenOver,
    takeoversByConfidence: outcomes.takenOverByConfidence,
    ownerSigninsAfterTries: outcomes.ownerSigninsAfterTries,
    credentialsValid: outcomes.credentialsValid,
    mfaFatigue: outcomes.mfaFatigue,
    accountsToReset: outcomes.toReset,
  };
}
