import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../shared/api/detectParams';
import type { FindingDraftDto } from '../../shared/api/findingsApi';
import { queryRows } from '../../electron/engine/sql/queryRows';
import { attemptTableSql } from './attemptsCte';
import { findingId } from '../../electron/engine/findings/findingId';
import type { LeakContext } from '../../electron/engine/exposure/LeakContext';
import { share } from '../../electron/engine/sql/share';
import { sqlBin } from '../../electron/engine/sql/sqlBin';
import { sqlIso } from '../../electron/engine/sql/sqlIso';

interface AccountRow {
  user: string;
  attempts: number;
  sources: number;
  noSuchUser: number;
  windows: number;
  leaked: boolean;
  recovered: boolean;
  firstSeen: string;
  lastSeen: string;
  ips: string[];
  topSources: Array<{ ip: string | null; attempts: number }>;
}

/** SQL of the brute-force detector over the `attempt` table: accounts with at least minFailures failures in one window (on either of two half-shifted grids), from any sources. */
export function bruteForceSql(p: SpikeParams): string {
  const w = p.bruteForce.windowMinutes * 60;
  const half = Math.round((w * 1_000_000) / 2);
  return `WITH acct_ev AS (
  SELECT *, ${sqlBin('ts', w)} AS b0, ${sqlBin(`(ts - to_microseconds(${half}))`, w)} AS b1 FROM attempt WHERE failed AND "user" IS NOT NULL
),
acct_hit AS (
  SELECT "user", 0 AS g, b0 AS win FROM acct_ev GROUP BY "user", b0 HAVING count(*) >= ${p.bruteForce.minFailures}
  UNION ALL
  SELECT "user", 1 AS g, b1 AS win FROM acct_ev GROUP BY "user", b1 HAVING count(*) >= ${p.bruteForce.minFailures}
),
ev AS (
  SELECT e.* FROM acct_ev e
  WHERE EXISTS (SELECT 1 FROM acct_hit h WHERE h.g = 0 AND h."user" = e."user" AND h.win = e.b0)
     OR EXISTS (SELECT 1 FROM acct_hit h WHERE h.g = 1 AND h."user" = e."user" AND h.win = e.b1)
),
src AS (SELECT "user", ip, count(*) AS n FROM ev GROUP BY "user", ip),
agg AS (
  SELECT "user", count(*) AS attempts, count(DISTINCT ip) AS sources,
         count(*) FILTER (WHERE failure_reason = 'no_such_user') AS no_such_user, count(DISTINCT b0) AS windows,
         bool_or(leaked) AS leaked, bool_or(recovered) AS recovered, min(ts) AS first_ts, max(ts) AS last_ts,
         coalesce(array_sort(list(DISTINCT ip) FILTER (WHERE ip IS NOT NULL)), []) AS ips
  FROM ev GROUP BY "user"
)
SELECT g."user", g.attempts::DOUBLE AS attempts, g.sources::DOUBLE AS sources, g.no_such_user::DOUBLE AS "noSuchUser",
       g.windows::DOUBLE AS windows, g.leaked, g.recovered, ${sqlIso('g.first_ts')} AS "firstSeen", ${sqlIso('g.last_ts')} AS "lastSeen", g.ips,
       (SELECT list({'ip': ip, 'attempts': n::DOUBLE} ORDER BY n DESC, ip NULLS FIRST)[1:10] FROM src WHERE src."user" = g."user") AS "topSources"
FROM agg g
ORDER BY g.first_ts, g."user"`;
}

/** Brute force: many failures against one account within a window, whatever the number of sources. */
export async function bruteForce(c: DuckDBConnection, p: SpikeParams, leak: LeakContext): Promise<FindingDraftDto[]> {
  const query = bruteForceSql(p);
  const sql = `${attemptTableSql(p.recoveryMinutes, leak.sql)};\n${query}`;
  const rows = await queryRows<AccountRow>(c, query);
  return rows.map((r) => ({
    id: findingId('brute_force', `${r.user}|${r.firstSeen}`),
    kind: 'brute_force',
    severity: r.recovered || r.attempts >= 100 ? 'high' : 'medium',
    ips: r.ips,
    users: [r.user],
    start: r.firstSeen,
    end: r.lastSeen,
    summary: `${r.attempts} failed sign-ins against ${r.user} from ${r.sources} source${r.sources === 1 ? '' : 's'} between ${r.firstSeen} and ${r.lastSeen}${r.leaked ? '; the account is in the leak' : ''}${r.recovered ? '; the account later signed in successfully' : ''}.`,
    evidence: {
      account: r.user,
      attempts: r.attempts,
      sources: r.sources,
      topSources: r.topSources,
      noSuchUserShare: share(r.noSuchUser, r.attempts),
      inLeak: leak.columns.length > 0 ? r.leaked : null,
      succeededAfter: r.recovered,
      windows: r.windows,
      windowMinutes: p.bruteForce.windowMinutes,
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
    },
    sql,
    params: { bruteForce: p.bruteForce, recoveryMinutes: p.recoveryMinutes, leakColumns: leak.columns },
  }));
}
