import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../shared/api/detectParams';
import type { FindingDraftDto } from '../../shared/api/findingsApi';
import { queryRows } from '../../electron/engine/sql/queryRows';
import { attemptTableSql, sourceHitsCte } from './attemptsCte';
import { findingId } from '../../electron/engine/findings/findingId';
import type { LeakContext } from '../../electron/engine/exposure/LeakContext';
import { share } from '../../electron/engine/sql/share';
import { sqlBin } from '../../electron/engine/sql/sqlBin';
import { sqlIso } from '../../electron/engine/sql/sqlIso';

interface CampaignRow {
  attempts: number;
  accounts: number;
  sources: number;
  leakedAccounts: number;
  noSuchUser: number;
  recoveredAccounts: number;
  windows: number;
  typicalAccounts: number;
  firstSeen: string;
  lastSeen: string;
  users: string[];
  ips: string[];
  userAgents: number;
  topUserAgent: string | null;
  topUserAgentAttempts: number;
  topUserAgentSources: number;
}

/**
 * SQL of the distributed detector. Failures from sources not already caught one by one are pooled per window; a
 * window is a hit when many accounts fail from many sources, about once each, mostly never recovering, overlapping
 * the leak (or mostly non-existent accounts), and well above the case's typical window. Adjacent hits form a campaign.
 */
export function distributedStuffingSql(p: SpikeParams, leak: LeakContext): string {
  const s = p.stuffing;
  const w = s.windowMinutes * 60;
  const overlap = leak.columns.length > 0 ? `w.leaked_accounts >= ${s.minLeakOverlap} * w.accounts OR ` : '';
  return `WITH ${sourceHitsCte(p.spray)},
cand AS (SELECT f.*, ${sqlBin('f.ts', w)} AS win FROM src_flag f WHERE NOT f.src_hit),
w AS (
  SELECT win, count(*) AS attempts, count(DISTINCT "user") AS accounts, count(DISTINCT ip) AS sources,
         count(DISTINCT "user") FILTER (WHERE recovered) AS recovered_accounts,
         count(DISTINCT "user") FILTER (WHERE leaked) AS leaked_accounts,
         count(*) FILTER (WHERE failure_reason = 'no_such_user') AS no_such_user
  FROM cand GROUP BY win
),
typical AS (
  SELECT coalesce(median(coalesce(w.accounts, 0)), 0) AS accounts
  FROM (SELECT DISTINCT ${sqlBin('ts', w)} AS win FROM attempt) active LEFT JOIN w ON w.win = active.win
),
flagged AS (
  SELECT w.win FROM w, typical
  WHERE w.accounts >= ${s.minAccounts} AND w.sources >= ${s.minSources} AND w.attempts <= ${s.maxAttemptsPerAccount} * w.accounts
    AND w.recovered_accounts <= ${s.maxRecoveredShare} * w.accounts
    AND (${overlap}w.no_such_user >= ${s.minNoSuchUserShare} * w.attempts)
    AND w.accounts >= ${s.minRiseFactor} * typical.accounts
),
island AS (SELECT win, epoch_us(win) // ${w * 1_000_000} - row_number() OVER (ORDER BY win) AS grp FROM flagged),
ev AS (SELECT cand.*, island.grp FROM cand JOIN island ON island.win = cand.win),
ua AS (SELECT grp, user_agent, count(*) AS n, count(DISTINCT ip) AS ips FROM ev GROUP BY grp, user_agent),
agg AS (
  SELECT grp, count(*) AS attempts, count(DISTINCT "user") AS accounts, count(DISTINCT ip) AS sources,
         count(DISTINCT "user") FILTER (WHERE leaked) AS leaked_accounts,
         count(*) FILTER (WHERE failure_reason = 'no_such_user') AS no_such_user,
         count(DISTINCT "user") FILTER (WHERE recovered) AS recovered_accounts,
         count(DISTINCT win) AS windows, min(ts) AS first_ts, max(ts) AS last_ts,
         coalesce(array_sort(list(DISTINCT "user") FILTER (WHERE "user" IS NOT NULL)), []) AS users,
         coalesce(array_sort(list(DISTINCT ip) FILTER (WHERE ip IS NOT NULL)), []) AS ips
  FROM ev GROUP BY grp
)
SELECT g.attempts::DOUBLE AS attempts, g.accounts::DOUBLE AS accounts, g.sources::DOUBLE AS sources,
       g.leaked_accounts::DOUBLE AS "leakedAccounts", g.no_such_user::DOUBLE AS "noSuchUser",
       g.recovered_accounts::DOUBLE AS "recoveredAccounts", g.windows::DOUBLE AS windows,
       (SELECT accounts FROM typical)::DOUBLE AS "typicalAccounts",
       ${sqlIso('g.first_ts')} AS "firstSeen", ${sqlIso('g.last_ts')} AS "lastSeen", g.users, g.ips,
       (SELECT count(DISTINCT user_agent) FROM ua WHERE ua.grp = g.grp)::DOUBLE AS "userAgents",
       (SELECT first(user_agent ORDER BY n DESC, user_agent NULLS LAST) FROM ua WHERE ua.grp = g.grp) AS "topUserAgent",
       (SELECT first(n ORDER BY n DESC, user_agent NULLS LAST) FROM ua WHERE ua.grp = g.grp)::DOUBLE AS "topUserAgentAttempts",
       (SELECT first(ips ORDER BY n DESC, user_agent NULLS LAST) FROM ua WHERE ua.grp = g.grp)::DOUBLE AS "topUserAgentSources"
FROM agg g
ORDER BY g.first_ts`;
}

/** Distributed credential stuffing: many sources each trying about one account, invisible to any per-source rule. */
export async function distributedStuffing(c: DuckDBConnection, p: SpikeParams, leak: LeakContext): Promise<FindingDraftDto[]> {
  const query = distributedStuffingSql(p, leak);
  const sql = `${attemptTableSql(p.recoveryMinutes, leak.sql)};\n${query}`;
  const rows = await queryRows<CampaignRow>(c, query);
  const hasLeak = leak.columns.length > 0;
  return rows.map((r) => {
    const leakOverlap = hasLeak ? share(r.leakedAccounts, r.accounts) : null;
    const why =
      leakOverlap !== null && leakOverlap >= p.stuffing.minLeakOverlap
        ? `${r.leakedAccounts} of the accounts are in the leak (${Math.round(leakOverlap * 100)}%)`
        : `${Math.round(share(r.noSuchUser, r.attempts) * 100)}% of attempts were for accounts that do not exist`;
    const ua = r.topUserAgent === null ? '' : `; ${r.topUserAgentSources} sources share the user agent "${r.topUserAgent}"`;
    return {
      id: findingId('credential_stuffing', `distributed|${r.firstSeen}`),
      kind: 'credential_stuffing',
      severity: 'high',
      ips: r.ips,
      users: r.users,
      start: r.firstSeen,
      end: r.lastSeen,
      summary: `Distributed attempt: ${r.sources} sources failed ${r.attempts} sign-ins against ${r.accounts} accounts (${(r.attempts / r.accounts).toFixed(1)} each) from ${r.firstSeen} to ${r.lastSeen}; ${why}${ua}.`,
      evidence: {
        distributed: true,
        attempts: r.attempts,
        accounts: r.accounts,
        sources: r.sources,
        attemptsPerAccount: share(r.attempts, r.accounts),
        attemptsPerSource: share(r.attempts, r.sources),
        leakedAccounts: hasLeak ? r.leakedAccounts : null,
        leakOverlap,
        noSuchUserShare: share(r.noSuchUser, r.attempts),
        recoveredShare: share(r.recoveredAccounts, r.accounts),
        userAgents: r.userAgents,
        topUserAgent: r.topUserAgent,
        topUserAgentShare: share(r.topUserAgentAttempts, r.attempts),
        topUserAgentSources: r.topUserAgentSources,
        windows: r.windows,
        windowMinutes: p.stuffing.windowMinutes,
        typicalFailingAccountsPerWindow: r.typicalAccounts,
        firstSeen: r.firstSeen,
        lastSeen: r.lastSeen,
      },
      sql,
      params: { stuffing: p.stuffing, spray: p.spray, recoveryMinutes: p.recoveryMinutes, leakColumns: leak.columns },
    };
  });
}
