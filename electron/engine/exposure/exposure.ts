import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExposureParams, LeakColumn, SpikeParams } from '../../../shared/api/detectParams';
import type { ExposedAccountDto, ExposureDto, LeakedIpSeenDto, TakenOverDto } from '../../../shared/api/exposureApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { leakColumns, leakValuesSql } from './leakColumns';
import { leakIpValuesSql } from './leakIpValuesSql';
import { sqlIso } from '../sql/sqlIso';

const attackKinds = new Set(['credential_stuffing', 'password_spray', 'brute_force']);

/** Counts a query's rows and returns the first `limit` of them. */
async function countAndList<T>(c: DuckDBConnection, sql: string, order: string, limit: number): Promise<{ count: number; rows: T[] }> {
  const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM (${sql})`);
  const rows = limit > 0 ? await queryRows<T>(c, `SELECT * FROM (${sql}) ORDER BY ${order} LIMIT ${limit}`) : [];
  return { count: n, rows };
}

/** Per-account sign-in figures over the rows of `from`. */
const accountStats = (from: string) =>
  `SELECT "user", count(*)::DOUBLE AS signins, count(*) FILTER (WHERE NOT success)::DOUBLE AS failed, count(*) FILTER (WHERE success)::DOUBLE AS success,
          ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
   FROM ${from} GROUP BY "user"`;

/** How many distinct values the columns hold, as `valuesSql` spells them (none without a column: no statement, one less wait behind the other reads of an analyze). */
async function countValues(c: DuckDBConnection, cols: LeakColumn[], valuesSql: (cols: LeakColumn[]) => string): Promise<number> {
  if (cols.length === 0) return 0;
  const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM (${valuesSql(cols)})`);
  return n;
}

/** Nothing to list. */
const none = { count: 0, rows: [] };

/**
 * Leak ↔ log correlation: leaked accounts seen in the sign-ins, attempted by the attack sources the classifiers found,
 * successful within takeover.withinHours after such an attempt; leaked last-login IPs seen in the sign-ins. Without
 * sign-ins or leak columns the lists are empty without asking (a transfer-only analyze runs this beside its heavy reads).
 */
export async function exposure(
  c: DuckDBConnection,
  p: ExposureParams,
  spikes: SpikeParams,
  findings: ReadonlyArray<{ readonly kind: string; readonly ips: readonly string[] }>,
): Promise<ExposureDto> {
  const ids = await leakColumns(c, 'identity', p.leakColumns ?? spikes.leakColumns);
  const ipCols = await leakColumns(c, 'ip', p.leakIpColumns);
  const attackIps = [...new Set(findings.filter((f) => attackKinds.has(f.kind)).flatMap((f) => f.ips))].sort();
  const leaked = await countValues(c, ids, leakValuesSql);
  const leakedIps = await countValues(c, ipCols, leakIpValuesSql);
  const signins = ids.length > 0 || ipCols.length > 0 ? (await queryRows(c, `SELECT 1 AS one FROM signin LIMIT 1`)).length > 0 : false;
  const limit = p.listLimit;
  const { seen, attempted, after } = signins && ids.length > 0 ? await accountLists(c, ids, attackIps, spikes, limit) : { seen: none, attempted: none, after: none };
  const ips =
    signins && ipCols.length > 0
      ? await countAndList<LeakedIpSeenDto>(
          c,
          `SELECT ip, count(*)::DOUBLE AS signins, count(DISTINCT "user")::DOUBLE AS users FROM signin
     WHERE lower(trim(ip)) IN (${leakIpValuesSql(ipCols)}) GROUP BY ip`,
          'signins DESC, ip',
          limit,
        )
      : none;
  return {
    params: p,
    leakColumns: ids,
    leakIpColumns: ipCols,
    leakedIdentities: leaked,
    seenInSignins: { count: seen.count, accounts: seen.rows },
    attemptedByAttackSources: { count: attempted.count, attackSources: attackIps.length, accounts: attempted.rows },
    successfulAfterAttempt: { count: after.count, accounts: after.rows },
    leakedIpsSeen: { leakedIps, count: ips.count, ips: ips.rows },
  };
}

/** The leaked accounts seen in the sign-ins, those attempted by the attack sources, and those taken over after an attempt. */
async function accountLists(
  c: DuckDBConnection,
  ids: LeakColumn[],
  attackIps: string[],
  spikes: SpikeParams,
  limit: number,
): Promise<{ seen: { count: number; rows: ExposedAccountDto[] }; attempted: { count: number; rows: ExposedAccountDto[] }; after: { count: number; rows: TakenOverDto[] } }> {
  await c.run(`CREATE OR REPLACE TEMP TABLE attack_ip AS SELECT DISTINCT unnest(from_json($ips, '["VARCHAR"]')) AS ip`, { ips: JSON.stringify(attackIps) });
  await c.run(`CREATE OR REPLACE TEMP TABLE leaked_signin AS
    SELECT ts, "user", ip, success FROM signin WHERE success IS NOT NULL AND lower(trim("user")) IN (${leakValuesSql(ids)})`);
  const seen = await countAndList<ExposedAccountDto>(c, accountStats('leaked_signin'), 'failed DESC, "user"', limit);
  const attempted = await countAndList<ExposedAccountDto>(
    c,
    accountStats('(SELECT * FROM leaked_signin WHERE NOT success AND ip IN (SELECT ip FROM attack_ip))'),
    'failed DESC, "user"',
    limit,
  );
  const after = await countAndList<TakenOverDto>(
    c,
    `WITH first_attempt AS (
       SELECT "user", min(ts) AS t0 FROM leaked_signin WHERE NOT success AND ip IN (SELECT ip FROM attack_ip) GROUP BY "user"
     ),
     first_success AS (
       SELECT f."user", f.t0, min(s.ts) AS t1, arg_min(s.ip, (s.ts, s.ip)) AS ip
       FROM first_attempt f JOIN leaked_signin s ON s."user" = f."user" AND s.success AND s.ts > f.t0 AND s.ts <= f.t0 + INTERVAL ${spikes.takeover.withinHours} HOUR
       GROUP BY f."user", f.t0
     )
     SELECT "user", ${sqlIso('t0')} AS "firstAttempt", ${sqlIso('t1')} AS "firstSuccessAfter", ip AS "successIp" FROM first_success`,
    '"firstSuccessAfter", "user"',
    limit,
  );
  await c.run(`DROP TABLE attack_ip`);
  await c.run(`DROP TABLE leaked_signin`);
  return { seen, attempted, after };
}
