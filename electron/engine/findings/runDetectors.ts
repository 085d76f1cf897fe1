import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams, SpikeParams } from '../../../shared/api/detectParams';
import type { RunSummaryDto } from '../../../shared/api/findingsApi';
import { appendAudit } from '../case/appendAudit';
import { queryRows } from '../sql/queryRows';
import { sqlString } from '../sql/sqlString';
import { bulkExport } from '../exports/bulkExport';
import { capEntities } from './capEntities';
import { classifySignins } from '../spikes/detectors/classifySignins';
import { linkChain } from '../spikes/detectors/linkChain';
import type { DetectedFinding } from './DetectedFinding';
import { orderFindings } from './orderFindings';
import { storeMembers } from './storeMembers';

/** The JSON shape of the rows runDetectors writes in one statement (evidence as JSON text; the SQL and parameters they share are parameters of the statement). */
const findingRowShape =
  '[{"id":"VARCHAR","seq":"INTEGER","kind":"VARCHAR","severity":"VARCHAR","ips":["VARCHAR"],"users":["VARCHAR"],"start":"VARCHAR","end":"VARCHAR","summary":"VARCHAR","evidence":"VARCHAR"}]';

/** Findings in batches that share their SQL and parameters (every finding of one detector's run does), so that text is sent once per batch, not once per finding. */
function batchesByQuery(findings: Array<{ f: DetectedFinding; seq: number }>): Array<{ sql: string; params: string; rows: Array<{ f: DetectedFinding; seq: number }> }> {
  const groups = new Map<string, { sql: string; params: string; rows: Array<{ f: DetectedFinding; seq: number }> }>();
  for (const r of findings) {
    const params = JSON.stringify(r.f.params);
    const key = `${r.f.sql}\u0000${params}`;
    const group = groups.get(key) ?? groups.set(key, { sql: r.f.sql, params, rows: [] }).get(key);
    group?.rows.push(r);
  }
  return [...groups.values()].flatMap((g) => Array.from({ length: Math.ceil(g.rows.length / findingBatch) }, (_, i) => ({ ...g, rows: g.rows.slice(i * findingBatch, (i + 1) * findingBatch) })));
}

/** Findings written per statement: one JSON parameter of thousands of findings (each with its SQL and evidence) cost more than linearly to parse. */
const findingBatch = 250;

/** Computes every finding for the given parameters, in stable order, without storing anything. */
export async function computeFindings(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams): Promise<DetectedFinding[]> {
  const drafts = [...(await classifySignins(c, spikes)), ...(await bulkExport(c, exports))];
  return orderFindings(linkChain(drafts).map(capEntities));
}

/**
 * Runs every detector and stores its findings in one transaction, a batch of findings per statement. Findings the
 * analyst has not touched are replaced; confirmed or dismissed ones, or ones with a note, keep their verdict and are
 * refreshed when produced again.
 */
export async function runDetectors(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams): Promise<{ summary: RunSummaryDto; findings: DetectedFinding[] }> {
  const findings = await computeFindings(c, spikes, exports);
  await c.run('BEGIN TRANSACTION');
  try {
    await c.run(`DELETE FROM finding WHERE status = 'new' AND note IS NULL`);
    const kept = new Set((await queryRows<{ id: string }>(c, `SELECT id FROM finding`)).map((r) => r.id));
    const row = ({ f, seq }: { f: DetectedFinding; seq: number }) => ({
      id: f.id,
      seq,
      kind: f.kind,
      severity: f.severity,
      ips: f.ips,
      users: f.users,
      start: f.start,
      end: f.end,
      summary: f.summary,
      evidence: JSON.stringify(f.evidence),
    });
    const numbered = findings.map((f, seq) => ({ f, seq }));
    const rowsOf = `(SELECT unnest(from_json($rows::JSON, ${sqlString(findingRowShape)}), recursive := true))`;
    for (const batch of batchesByQuery(numbered.filter(({ f }) => kept.has(f.id)))) {
      await c.run(
        `UPDATE finding SET seq = r.seq, kind = r.kind, severity = r.severity, ips = r.ips, users = r.users, start_ts = r.start::TIMESTAMPTZ, end_ts = r."end"::TIMESTAMPTZ,
           summary = r.summary, evidence = r.evidence::JSON, sql = $sql, params = $params::JSON, updated_at = now()
         FROM ${rowsOf} r WHERE finding.id = r.id`,
        { rows: JSON.stringify(batch.rows.map(row)), sql: batch.sql, params: batch.params },
      );
    }
    for (const batch of batchesByQuery(numbered.filter(({ f }) => !kept.has(f.id)))) {
      await c.run(
        `INSERT INTO finding SELECT r.id, r.seq, r.kind, r.severity, r.ips, r.users, r.start::TIMESTAMPTZ, r."end"::TIMESTAMPTZ, r.summary, r.evidence::JSON, $sql, $params::JSON, 'new', NULL, now()
         FROM ${rowsOf} r ORDER BY r.seq`,
        { rows: JSON.stringify(batch.rows.map(row)), sql: batch.sql, params: batch.params },
      );
    }
    await storeMembers(c, findings);
    const byKind: Record<string, number> = {};
    for (const f of findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    await appendAudit(c, 'run_detectors', { findings: findings.length, byKind, spikes, exports });
    await c.run('COMMIT');
    return { summary: { total: findings.length, byKind }, findings };
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
}
