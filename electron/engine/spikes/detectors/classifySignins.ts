import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { isDerivedCurrent } from '../../db/derivedState';
import { leakColumns, leakValuesSql } from '../../exposure/leakColumns';
import type { LeakContext } from '../../exposure/LeakContext';
import { accountTakeovers } from './accountTakeovers';
import { attemptTableSql, sourceProfileSql } from './attemptTable';
import { bruteForceCampaignsSql } from './bruteForceCampaigns';
import { campaignEventDdl } from './campaignEvent';
import { campaignFindings } from './campaignFindings';
import { credentialValid } from './credentialValid';
import { distributedCampaignsSql } from './distributedCampaigns';
import { ipIntelSql, relationExists } from './ipIntel';
import { queryOne, queryRows } from '../../sql/queryRows';
import { mfaFatigue } from './mfaFatigue';
import { mfaFatigueTableSql } from './mfaFatigueTable';
import { pacedBruteForceSql } from './pacedBruteForce';
import { sourceCampaignsSql } from './sourceCampaigns';
import { sqlList } from '../../sql/sqlList';
import { markStaleDevice, setApartStaleDevices } from './staleDevice';

/** Resolves the leak identities the sign-in detectors correlate with. */
export async function leakContext(c: DuckDBConnection, p: SpikeParams): Promise<LeakContext> {
  const columns = await leakColumns(c, 'identity', p.leakColumns);
  return { columns, sql: leakValuesSql(columns) };
}

/** Whether the analyst dismissed any source or account (the attempt table filters them only then). */
async function hasDismissals(c: DuckDBConnection): Promise<boolean> {
  if (!(await relationExists(c, 'dismissed'))) return false;
  return (await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM dismissed WHERE kind IN ('source', 'account')`)).n > 0;
}

/**
 * Every sign-in detector in order over one shared `attempt` table: campaigns (single-source, brute force, MFA fatigue,
 * then account-centric distributed, then thin single-source attacks and paced brute forces no other campaign claimed), one finding each with
 * its members; then what they led to per account — takeovers with confidence and reasons, credentials confirmed valid
 * — and each campaign's member outcomes. Reads the case's IP intel, known infrastructure and dismissals when present.
 */
export async function classifySignins(c: DuckDBConnection, p: SpikeParams): Promise<DetectedFinding[]> {
  // Without a sign-in there is nothing to classify: skip the dozen statements that would each find nothing (a transfer-only analyze).
  if ((await queryRows(c, `SELECT 1 FROM signin LIMIT 1`)).length === 0) return [];
  const leak = await leakContext(c, p);
  const hasLeak = leak.columns.length > 0;
  const intel = await ipIntelSql(c);
  const dismissals = await hasDismissals(c);
  const steps = [
    attemptTableSql(p.recoveryMinutes, leak.sql, dismissals, await isDerivedCurrent(c, 'signin'), p.shared.minAccounts),
    sourceProfileSql(p.shared.minAccounts, await relationExists(c, 'known_source'), dismissals),
    campaignEventDdl,
    sourceCampaignsSql(p, hasLeak),
    bruteForceCampaignsSql(p),
    mfaFatigueTableSql(p),
    distributedCampaignsSql(p, hasLeak, dismissals),
    sourceCampaignsSql(p, hasLeak, true),
    pacedBruteForceSql(p, dismissals),
  ];
  for (const s of steps) await c.run(s);
  const sql = steps.join(';\n');
  const stale = await setApartStaleDevices(c, p.bruteForce.minFailures);
  const campaigns = await campaignFindings(c, { ...p, leakColumns: leak.columns }, { hasLeak, intelSql: intel.sql, intelPresent: intel.present, sql });
  for (const s of stale) {
    const cmp = campaigns.find((x) => x.cid === s.cid);
    if (cmp) markStaleDevice(cmp, s);
  }
  // A stale device's events leave campaign_event: its owner's sign-in is no takeover, its address no campaign source for others.
  if (stale.length > 0) await c.run(`DELETE FROM campaign_event WHERE cid IN ${sqlList(stale.map((s) => s.cid))}`);
  const fatigue = await mfaFatigue(c, p, steps[5] as string);
  const campaignIds = new Map(campaigns.map((x) => [x.cid, x.finding.id]));
  const takeovers = await accountTakeovers(c, p, { intelSql: intel.sql, campaignIds, fatigue: fatigue.accepted, dismissals });
  const takenOver = new Set(takeovers.filter((t) => t.evidence.confidence !== 'low').map((t) => t.users[0] as string));
  const valid = credentialValid(campaigns, takenOver, p, sql);
  const validUsers = new Set(valid.flatMap((v) => v.users));
  for (const cmp of campaigns) {
    const mine = takeovers.filter((t) => t.cid === cmp.cid);
    // A low takeover (the owner's own sign-in after tries) is not counted as one, as the report and the workbench count them.
    cmp.finding.evidence.takeovers = mine.filter((t) => t.severity !== 'low').length;
    cmp.finding.evidence.confirmedValid = [...cmp.accepted].filter((u) => validUsers.has(u)).length;
    if (mine.some((t) => t.severity === 'critical')) cmp.finding.severity = 'critical';
    const accounts = cmp.finding.members?.accounts ?? [];
    for (const m of accounts) {
      if (m.user === null) continue;
      if (takenOver.has(m.user)) m.outcome = 'takeover';
      else if (validUsers.has(m.user)) m.outcome = 'credential_valid';
    }
    for (const t of mine.filter((x) => x.evidence.fromAttackSource === true && !accounts.some((m) => m.user === x.users[0]))) {
      accounts.push({ user: t.users[0] as string, attempts: 1, sources: 1, outcome: 'takeover', leaked: null, firstSeen: t.start, lastSeen: t.start });
      cmp.finding.users = [...cmp.finding.users, t.users[0] as string].sort();
      cmp.finding.evidence.memberAccounts = accounts.length;
    }
  }
  await c.run(`DROP TABLE IF EXISTS attempt; DROP TABLE IF EXISTS ok_pair; DROP TABLE IF EXISTS src_profile; DROP TABLE IF EXISTS campaign_event; DROP TABLE IF EXISTS fatigue; DROP TABLE IF EXISTS ip_net64; DROP TABLE IF EXISTS own_net64`);
  return [...campaigns.map((x) => x.finding), ...takeovers.map(({ cid: _c, ...t }) => t), ...valid, ...fatigue.findings];
}
