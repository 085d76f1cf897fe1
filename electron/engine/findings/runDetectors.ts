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
      const values = {
        id: f.id,
        seq,
        kind: f.kind,
        severity: f.severity,
        ips: JSON.stringify(f.ips),
        users: JSON.stringify(f.users),
        start: f.start,
        end: f.end,
        summary: f.summary,
        evidence: JSON.stringify(f.evidence),
        sql: f.sql,
        params: JSON.stringify(f.params),
      };
      if (kept.has(f.id)) {
        await c.run(
          `UPDATE finding SET seq = $seq, kind = $kind, severity = $severity, ips = from_json($ips, '["VARCHAR"]'), users = from_json($users, '["VARCHAR"]'), start_ts = $start::TIMESTAMPTZ, end_ts = $end::TIMESTAMPTZ,
             summary = $summary, evidence = $evidence::JSON, sql = $sql, params = $params::JSON, updated_at = now() WHERE id = $id`,
          values,
        );
      } else {
        await c.run(
          `INSERT INTO finding VALUES ($id, $seq, $kind, $severity, from_json($ips, '["VARCHAR"]'), from_json($users, '["VARCHAR"]'), $start::TIMESTAMPTZ, $end::TIMESTAMPTZ, $summary, $evidence::JSON, $sql, $params::JSON, 'new', NULL, now())`,
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
