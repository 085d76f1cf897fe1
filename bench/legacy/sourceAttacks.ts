import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../shared/api/detectParams';
import type { FindingDraftDto } from '../../shared/api/findingsApi';
import { queryRows } from '../../electron/engine/sql/queryRows';
import { attemptTableSql, sourceHitsCte } from './attemptsCte';
import { findingId } from '../../electron/engine/findings/findingId';
import type { LeakContext } from '../../electron/engine/exposure/LeakContext';
import { share } from '../../electron/engine/sql/share';
import { sqlIso } from '../../electron/engine/sql/sqlIso';

interface SourceRow {
  ip: string | null;
  attempts: number;
  accounts: number;
  leakedAccounts: number;
  noSuchUser: number;
  recoveredAccounts: number;
  windows: number;
  firstSeen: string;
  lastSeen: string;
  users: string[];
  userAgents: number;
  topUserAgent: string | null;
  topUserAgentAttempts: number;
  successesDuring: number;
}

/** SQL of the single-source detector over the `attempt` table: failures of every (ip, window) hit, aggregated per source. */
export function sourceAttacksSql(p: SpikeParams): string {
  return `WITH ${sourceHitsCte(p.spray)},
ev AS (SELECT * FROM src_flag WHERE src_hit),
ua AS (SELECT ip, user_agent, count(*) AS n FROM ev GROUP BY ip, user_agent),
agg AS (
  SELECT ip, count(*) AS attempts, count(DISTINCT "user") AS accounts,
         count(DISTINCT "user") FILTER (WHERE leaked) AS leaked_accounts,
         count(*) FILTER (WHERE failure_reason = 'no_such_user') AS no_such_user,
         count(DISTINCT "user") FILTER (WHERE recovered) AS recovered_accounts,
         count(DISTINCT b0) AS windows, min(ts) AS first_ts, max(ts) AS last_ts,
         coalesce(array_sort(list(DISTINCT "user") FILTER (WHERE "user" IS NOT NULL)), []) AS users
  FROM ev GROUP BY ip
)
SELECT g.ip, g.attempts::DOUBLE AS attempts, g.accounts::DOUBLE AS accounts, g.leaked_accounts::DOUBLE AS "leakedAccounts",
       g.no_such_user::DOUBLE AS "noSuchUser", g.recovered_accounts::DOUBLE AS "recoveredAccounts", g.windows::DOUBLE AS windows,
       ${sqlIso('g.first_ts')} AS "firstSeen", ${sqlIso('g.last_ts')} AS "lastSeen", g.users,
       (SELECT count(DISTINCT user_agent) FROM ua WHERE ua.ip IS NOT DISTINCT FROM g.ip)::DOUBLE AS "userAgents",
       (SELECT first(user_agent ORDER BY n DESC, user_agent NULLS LAST) FROM ua WHERE ua.ip IS NOT DISTINCT FROM g.ip) AS "topUserAgent",
       (SELECT max(n) FROM ua WHERE ua.ip IS NOT DISTINCT FROM g.ip)::DOUBLE AS "topUserAgentAttempts",
       (SELECT count(*) FROM attempt s WHERE NOT s.failed AND s.ip IS NOT DISTINCT FROM g.ip AND s.ts BETWEEN g.first_ts AND g.last_ts)::DOUBLE AS "successesDuring"
FROM agg g
ORDER BY g.first_ts, g.ip NULLS FIRST`;
}

/**
 * One source failing against many accounts, few attempts each, most never recovering: credential stuffing when the
 * accounts overlap the leak or mostly do not exist, password spray otherwise.
 */
export async function sourceAttacks(c: DuckDBConnection, p: SpikeParams, leak: LeakContext): Promise<FindingDraftDto[]> {
  const query = sourceAttacksSql(p);
  const sql = `${attemptTableSql(p.recoveryMinutes, leak.sql)};\n${query}`;
  const rows = await queryRows<SourceRow>(c, query);
  const hasLeak = leak.columns.length > 0;
  return rows.map((r) => {
    const leakOverlap = hasLeak ? share(r.leakedAccounts, r.accounts) : null;
    const noSuchUserShare = share(r.noSuchUser, r.attempts);
    const stuffing = (leakOverlap !== null && leakOverlap >= p.stuffing.minLeakOverlap) || noSuchUserShare >= p.stuffing.minNoSuchUserShare;
    const kind = stuffing ? 'credential_stuffing' : 'password_spray';
    const source = r.ip ?? '(no source address)';
    const why = stuffing
      ? leakOverlap !== null && leakOverlap >= p.stuffing.minLeakOverlap
        ? `${r.leakedAccounts} of them in the leak (${Math.round(leakOverlap * 100)}%)`
        : `${Math.round(noSuchUserShare * 100)}% of attempts for accounts that do not exist`
      : `${Math.round(share(r.recoveredAccounts, r.accounts) * 100)}% of them later signed in`;
    return {
      id: findingId(kind, `${r.ip ?? ''}|${r.firstSeen}`),
      kind,
      severity: stuffing || r.successesDuring > 0 || r.accounts >= 50 ? 'high' : 'medium',
      ips: r.ip === null ? [] : [r.ip],
      users: r.users,
      start: r.firstSeen,
      end: r.lastSeen,
      summary: `${source} failed ${r.attempts} sign-ins against ${r.accounts} distinct accounts (${(r.attempts / r.accounts).toFixed(1)} each) from ${r.firstSeen} to ${r.lastSeen}; ${why}.`,
      evidence: {
        source: r.ip,
        attempts: r.attempts,
        accounts: r.accounts,
        attemptsPerAccount: share(r.attempts, r.accounts),
        leakedAccounts: hasLeak ? r.leakedAccounts : null,
        leakOverlap,
        noSuchUserShare,
        recoveredShare: share(r.recoveredAccounts, r.accounts),
        userAgents: r.userAgents,
        topUserAgent: r.topUserAgent,
        topUserAgentShare: share(r.topUserAgentAttempts, r.attempts),
        windows: r.windows,
        windowMinutes: p.spray.windowMinutes,
        successesFromSourceDuring: r.successesDuring,
        distributed: false,
        firstSeen: r.firstSeen,
        lastSeen: r.lastSeen,
      },
      sql,
      params: { spray: p.spray, stuffing: p.stuffing, recoveryMinutes: p.recoveryMinutes, leakColumns: leak.columns },
    };
  });
}
