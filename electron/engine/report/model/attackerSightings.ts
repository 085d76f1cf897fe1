import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../sql/queryRows';

/** What the sign-in log shows of one attacking source: when first and last seen, and how often. */
export interface AttackerSighting {
  ip: string;
  firstSeen: string;
  lastSeen: string;
  signins: number;
  failed: number;
  accounts: number;
}

/** The SQL behind attackerSightings, for the methodology section. */
export const attackerSightingsSql = `SELECT ip, strftime(min(ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS "firstSeen", strftime(max(ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS "lastSeen",
       count(*)::DOUBLE AS signins, count(*) FILTER (WHERE NOT coalesce(success, false))::DOUBLE AS failed,
       count(DISTINCT "user")::DOUBLE AS accounts
FROM signin WHERE ip IN (SELECT unnest(from_json($ips, '["VARCHAR"]'))) GROUP BY ip ORDER BY min(ts), ip`;

/** First/last seen and counts, from the sign-in log, of each IP the detectors name as an attack source. */
export async function attackerSightings(c: DuckDBConnection, ips: string[]): Promise<AttackerSighting[]> {
  if (ips.length === 0) return [];
  return queryRows<AttackerSighting>(c, attackerSightingsSql, { ips: JSON.stringify(ips) });
}
