import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../sql/sqlString';
import type { DetectedFinding } from './DetectedFinding';

const accountShape = '[{"fid":"VARCHAR","user":"VARCHAR","attempts":"BIGINT","sources":"BIGINT","outcome":"VARCHAR","leaked":"BOOLEAN","firstSeen":"VARCHAR","lastSeen":"VARCHAR"}]';
const sourceShape = '[{"fid":"VARCHAR","ip":"VARCHAR","attempts":"BIGINT","accounts":"BIGINT","asn":"VARCHAR","country":"VARCHAR","rangeLabel":"VARCHAR","firstSeen":"VARCHAR","lastSeen":"VARCHAR"}]';

/** Members written per statement: a JSON parameter costs more than linearly to parse as it grows. */
const memberBatch = 5000;

/**
 * Replaces the stored member tables of the given findings and drops members of findings no longer stored (sign-in
 * findings carry them; an export finding has none); run inside runDetectors' transaction, a batch of members per insert.
 */
export async function storeMembers(c: DuckDBConnection, findings: DetectedFinding[]): Promise<void> {
  await c.run(`DELETE FROM finding_member WHERE finding_id NOT IN (SELECT id FROM finding) OR finding_id IN (SELECT unnest(from_json($ids::JSON, '["VARCHAR"]')))`, {
    ids: JSON.stringify(findings.map((f) => f.id)),
  });
  const accounts = findings.flatMap((f) => (f.members?.accounts ?? []).map((m) => ({ fid: f.id, ...m })));
  const sources = findings.flatMap((f) => (f.members?.sources ?? []).map((m) => ({ fid: f.id, ...m })));
  for (let i = 0; i < accounts.length; i += memberBatch)
    await c.run(
      `INSERT INTO finding_member SELECT m.fid, 'account', m."user", NULL, m.attempts, m.sources, m.outcome, m.leaked, NULL, NULL, NULL, m."firstSeen"::TIMESTAMPTZ, m."lastSeen"::TIMESTAMPTZ
       FROM (SELECT unnest(from_json($members::JSON, ${sqlString(accountShape)}), recursive := true)) m`,
      { members: JSON.stringify(accounts.slice(i, i + memberBatch)) },
    );
  for (let i = 0; i < sources.length; i += memberBatch)
    await c.run(
      `INSERT INTO finding_member SELECT m.fid, 'source', NULL, m.ip, m.attempts, m.accounts, NULL, NULL, m.asn, m.country, m."rangeLabel", m."firstSeen"::TIMESTAMPTZ, m."lastSeen"::TIMESTAMPTZ
       FROM (SELECT unnest(from_json($members::JSON, ${sqlString(sourceShape)}), recursive := true)) m`,
      { members: JSON.stringify(sources.slice(i, i + memberBatch)) },
    );
}
