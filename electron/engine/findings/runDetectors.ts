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

/** The JSON shape of the rows runDetectors writes in one statement (evidence and params as JSON text). */
const findingRowShape =
  '[{"id":"VARCHAR","seq":"INTEGER","kind":"VARCHAR","severity":"VARCHAR","ips":["VARCHAR"],"users":["VARCHAR"],"start":"VARCHAR","end":"VARCHAR","summary":"VARCHAR","evidence":"VARCHAR","sql":"VARCHAR","params":"VARCHAR"}]';

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
    const row = (f: DetectedFinding, seq: number) => ({
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
      sql: f.sql,
      params: JSON.stringify(f.params),
    });
    const rows = findings.map(row);
    const fresh = rows.filter((r) => !kept.has(r.id));
    const refreshed = rows.filter((r) => kept.has(r.id));
    const rowsOf = `(SELECT unnest(from_json($rows::JSON, ${sqlString(findingRowShape)}), recursive := true))`;
    for (let i = 0; i < refreshed.length; i += findingBatch) {
      await c.run(
        `UPDATE finding SET seq = r.seq, kind = r.kind, severity = r.severity, ips = r.ips, users = r.users, start_ts = r.start::TIMESTAMPTZ, end_ts = r."end"::TIMESTAMPTZ,
           summary = r.summary, evidence = r.evidence::JSON, sql = r.sql, params = r.params::JSON, updated_at = now()
         FROM ${rowsOf} r WHERE finding.id = r.id`,
        { rows: JSON.stringify(refreshed.slice(i, i + findingBatch)) },
      );
    }
    for (let i = 0; i < fresh.length; i += findingBatch) {
      await c.run(
        `INSERT INTO finding SELECT r.id, r.seq, r.kind, r.severity, r.ips, r.users, r.start::TIMESTAMPTZ, r."end"::TIMESTAMPTZ, r.summary, r.evidence::JSON, r.sql, r.params::JSON, 'new', NULL, now()
         FROM ${rowsOf} r ORDER BY r.seq`,
        { rows: JSON.stringify(fresh.slice(i, i + findingBatch)) },
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
