import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../shared/api/detectParams';
import type { FindingDraftDto } from '../../shared/api/findingsApi';
import { queryRows } from '../../electron/engine/sql/queryRows';
import { findingId } from '../../electron/engine/findings/findingId';
import { sqlIso } from '../../electron/engine/sql/sqlIso';

interface TakeoverRow {
  user: string;
  firstSuccess: string;
  lastSuccess: string;
  successes: number;
  ips: string[];
  attackFindings: string[];
  attackKinds: string[];
  fromAttackSource: boolean;
  failuresBefore: number;
}

/** DDL of the per-connection table listing each attack finding's sources and accounts with its time span. */
const attackEntityDdl = `CREATE OR REPLACE TEMP TABLE attack_entity (fid VARCHAR, kind VARCHAR, ip VARCHAR, "user" VARCHAR, start_ts TIMESTAMPTZ, end_ts TIMESTAMPTZ)`;

/**
 * SQL of the takeover detector over `attack_entity`: successful sign-ins, within withinHours after an attack ends,
 * either from one of its sources (any account) or for one of its accounts from an address that account had never
 * signed in from before the attack began — read from each attacked account's first success per address (`first_seen`),
 * which replaced a per-success anti-join over every earlier success (at 10 M sign-ins: ~45 s of the detector's ~100 s).
 */
export function accountTakeoverSql(p: SpikeParams): string {
  const within = `INTERVAL ${p.takeover.withinHours} HOUR`;
  return `WITH ok AS (SELECT ts, "user", ip FROM signin WHERE success AND "user" IS NOT NULL),
by_ip AS (
  SELECT o.ts, o."user", o.ip, e.fid, e.kind, true AS from_source FROM ok o
  JOIN attack_entity e ON e.ip IS NOT NULL AND o.ip = e.ip AND o.ts >= e.start_ts AND o.ts <= e.end_ts + ${within}
),
first_seen AS (
  SELECT "user", ip, min(ts) AS first_ts FROM ok
  WHERE ip IS NOT NULL AND "user" IN (SELECT "user" FROM attack_entity WHERE "user" IS NOT NULL) GROUP BY ALL
),
by_user AS (
  SELECT o.ts, o."user", o.ip, e.fid, e.kind, false AS from_source FROM ok o
  JOIN attack_entity e ON e."user" IS NOT NULL AND o."user" = e."user" AND o.ts >= e.start_ts AND o.ts <= e.end_ts + ${within}
  JOIN first_seen f ON f."user" = o."user" AND f.ip = o.ip
  WHERE f.first_ts >= e.start_ts
),
hits AS (SELECT * FROM by_ip UNION ALL SELECT * FROM by_user),
agg AS (
  SELECT "user", min(ts) AS first_ts, max(ts) AS last_ts, count(DISTINCT (ts, ip)) AS successes,
         coalesce(array_sort(list(DISTINCT ip) FILTER (WHERE ip IS NOT NULL)), []) AS ips,
         array_sort(list(DISTINCT fid)) AS fids, array_sort(list(DISTINCT kind)) AS kinds, bool_or(from_source) AS from_source
  FROM hits GROUP BY "user"
)
SELECT a."user", ${sqlIso('a.first_ts')} AS "firstSuccess", ${sqlIso('a.last_ts')} AS "lastSuccess", a.successes::DOUBLE AS successes,
       a.ips, a.fids AS "attackFindings", a.kinds AS "attackKinds", a.from_source AS "fromAttackSource",
       (SELECT count(*) FROM signin f WHERE f.success = false AND f."user" = a."user" AND f.ts <= a.first_ts)::DOUBLE AS "failuresBefore"
FROM agg a
ORDER BY a.first_ts, a."user"`;
}

/** Account takeover: a success for an attacked account, or from an attacking source, after the attack pattern. */
export async function accountTakeover(c: DuckDBConnection, p: SpikeParams, attacks: FindingDraftDto[]): Promise<FindingDraftDto[]> {
  await c.run(attackEntityDdl);
  for (const f of attacks) {
    const span = [f.id, f.kind, f.start, f.end];
    await c.run(`INSERT INTO attack_entity SELECT $1, $2, unnest(from_json($5, '["VARCHAR"]')), NULL, $3::TIMESTAMPTZ, $4::TIMESTAMPTZ`, [...span, JSON.stringify(f.ips)]);
    await c.run(`INSERT INTO attack_entity SELECT $1, $2, NULL, unnest(from_json($5, '["VARCHAR"]')), $3::TIMESTAMPTZ, $4::TIMESTAMPTZ`, [...span, JSON.stringify(f.users)]);
  }
  const sql = accountTakeoverSql(p);
  const rows = await queryRows<TakeoverRow>(c, sql);
  await c.run(`DROP TABLE attack_entity`);
  return rows.map((r) => ({
    id: findingId('account_takeover', `${r.user}|${r.firstSuccess}`),
    kind: 'account_takeover',
    severity: r.fromAttackSource ? 'critical' : 'high',
    ips: r.ips,
    users: [r.user],
    start: r.firstSuccess,
    end: r.lastSuccess,
    summary: `${r.user} signed in successfully at ${r.firstSuccess} from ${r.ips.join(', ') || 'an unknown address'} ${
      r.fromAttackSource ? 'from a source that was attacking' : 'from an address it had never used, after being attacked'
    } (${r.attackKinds.join(', ')}); ${r.failuresBefore} failed sign-ins before.`,
    evidence: {
      account: r.user,
      successes: r.successes,
      successIps: r.ips,
      fromAttackSource: r.fromAttackSource,
      attackFindings: r.attackFindings,
      attackKinds: r.attackKinds,
      failuresBefore: r.failuresBefore,
      firstSuccess: r.firstSuccess,
      lastSuccess: r.lastSuccess,
      attackEntityTable: 'attack_entity(fid, kind, ip, user, start_ts, end_ts): the sources and accounts of the attack findings listed',
    },
    sql,
    params: { takeover: p.takeover },
  }));
}
