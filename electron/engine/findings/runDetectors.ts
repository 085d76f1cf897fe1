import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams, SpikeParams } from '../../../shared/api/detectParams';
import type { RunSummaryDto } from '../../../shared/api/findingsApi';
import { appendAudit } from '../case/appendAudit';
import { queryRows } from '../sql/queryRows';
import { bulkExport } from '../exports/bulkExport';
import { capEntities } from './capEntities';
import { classifySignins } from '../spikes/detectors/classifySignins';
import { linkChain } from '../spikes/detectors/linkChain';
import type { DetectedFinding } from './DetectedFinding';
import { orderFindings } from './orderFindings';
import { storeMembers } from './storeMembers';

/** Computes every finding for the given parameters, in stable order, without storing anything. */
export async function computeFindings(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams): Promise<DetectedFinding[]> {
  const drafts = [...(await classifySignins(c, spikes)), ...(await bulkExport(c, exports))];
  return orderFindings(linkChain(drafts).map(capEntities));
}

/**
 * Runs every detector and stores its findings in one transaction. Findings the analyst has not touched are replaced;
 * confirmed or dismissed ones, or ones with a note, keep their verdict and are refreshed when produced again.
 */
export async function runDetectors(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams): Promise<{ summary: RunSummaryDto; findings: DetectedFinding[] }> {
  const findings = await computeFindings(c, spikes, exports);
  await c.run('BEGIN TRANSACTION');
  try {
    await c.run(`DELETE FROM finding WHERE status = 'new' AND note IS NULL`);
    const kept = new Set((await queryRows<{ id: string }>(c, `SELECT id FROM finding`)).map((r) => r.id));
    for (const [seq, f] of findings.entries()) {
      const values = [
        f.id,
        seq,
        f.kind,
        f.severity,
        JSON.stringify(f.ips),
        JSON.stringify(f.users),
        f.start,
        f.end,
        f.summary,
        JSON.stringify(f.evidence),
        f.sql,
        JSON.stringify(f.params),
      ];
      if (kept.has(f.id)) {
        await c.run(
          `UPDATE finding SET seq = $2, kind = $3, severity = $4, ips = from_json($5, '["VARCHAR"]'), users = from_json($6, '["VARCHAR"]'), start_ts = $7::TIMESTAMPTZ, end_ts = $8::TIMESTAMPTZ,
             summary = $9, evidence = $10::JSON, sql = $11, params = $12::JSON, updated_at = now() WHERE id = $1`,
          values,
        );
      } else {
        await c.run(
          `INSERT INTO finding VALUES ($1, $2, $3, $4, from_json($5, '["VARCHAR"]'), from_json($6, '["VARCHAR"]'), $7::TIMESTAMPTZ, $8::TIMESTAMPTZ, $9, $10::JSON, $11, $12::JSON, 'new', NULL, now())`,
          values,
        );
      }
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
