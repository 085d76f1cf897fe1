import type { DuckDBConnection } from '@duckdb/node-api';
import type { DetectedFinding } from './DetectedFinding';

/** Replaces the stored member tables (sign-in findings carry them; an export finding has none) of the given findings and drops members of findings no longer stored; run inside runDetectors' transaction. */
export async function storeMembers(c: DuckDBConnection, findings: DetectedFinding[]): Promise<void> {
  await c.run(`DELETE FROM finding_member WHERE finding_id NOT IN (SELECT id FROM finding)`);
  for (const f of findings) {
    await c.run(`DELETE FROM finding_member WHERE finding_id = $1`, [f.id]);
    const accounts = f.members?.accounts ?? [];
    const sources = f.members?.sources ?? [];
    if (accounts.length > 0)
      await c.run(
        `INSERT INTO finding_member SELECT $1, 'account', m."user", NULL, m.attempts, m.sources, m.outcome, m.leaked, NULL, NULL, NULL, m."firstSeen"::TIMESTAMPTZ, m."lastSeen"::TIMESTAMPTZ
         FROM (SELECT unnest(from_json($2::JSON, '[{"user":"VARCHAR","attempts":"BIGINT","sources":"BIGINT","outcome":"VARCHAR","leaked":"BOOLEAN","firstSeen":"VARCHAR","lastSeen":"VARCHAR"}]'), recursive := true)) m`,
        [f.id, JSON.stringify(accounts)],
      );
    if (sources.length > 0)
      await c.run(
        `INSERT INTO finding_member SELECT $1, 'source', NULL, m.ip, m.attempts, m.accounts, NULL, NULL, m.asn, m.country, m."rangeLabel", m."firstSeen"::TIMESTAMPTZ, m."lastSeen"::TIMESTAMPTZ
         FROM (SELECT unnest(from_json($2::JSON, '[{"ip":"VARCHAR","attempts":"BIGINT","accounts":"BIGINT","asn":"VARCHAR","country":"VARCHAR","rangeLabel":"VARCHAR","firstSeen":"VARCHAR","lastSeen":"VARCHAR"}]'), recursive := true)) m`,
        [f.id, JSON.stringify(sources)],
      );
  }
}
