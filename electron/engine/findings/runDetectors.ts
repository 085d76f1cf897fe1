import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams, SpikeParams } from '../../../shared/api/detectParams';
import type { RunSummaryDto } from '../../../shared/api/findingsApi';
import { appendAudit } from '../case/appendAudit';
import { bulkExport } from '../exports/bulkExport';
import { capEntities } from './capEntities';
import { classifySignins } from '../spikes/detectors/classifySignins';
import { linkChain } from '../spikes/detectors/linkChain';
import type { DetectedFinding } from './DetectedFinding';
import { orderFindings } from './orderFindings';
import { storeMembers } from './storeMembers';
import type { ReadMemo } from '../db/ReadMemo';

/** Staging tables made by this process (a temp table per run, so two runs on one connection never share one). */
let staged = 0;

/**
 * Appends the findings to a fresh temp table, as text (lists, evidence and params as JSON text), so storing them is one
 * UPDATE and one INSERT converting in SQL: a JSON parameter per batch of findings cost a statement per 250 of them.
 */
async function stageFindings(c: DuckDBConnection, findings: DetectedFinding[]): Promise<string> {
  const table = `finding_rows_${process.pid}_${++staged}`;
  await c.run(
    `CREATE TEMP TABLE ${table} (id VARCHAR, seq INTEGER, kind VARCHAR, severity VARCHAR, ips VARCHAR, users VARCHAR, start VARCHAR, "end" VARCHAR, summary VARCHAR, evidence VARCHAR, sql VARCHAR, params VARCHAR)`,
  );
  const appender = await c.createAppender(table, 'main', 'temp');
  try {
    for (const [seq, f] of findings.entries()) {
      appender.appendVarchar(f.id);
      appender.appendInteger(seq);
      for (const text of [f.kind, f.severity, JSON.stringify(f.ips), JSON.stringify(f.users)]) appender.appendVarchar(text);
      for (const text of [f.start, f.end]) {
        if (text === null || text === undefined) appender.appendNull();
        else appender.appendVarchar(text);
      }
      for (const text of [f.summary, JSON.stringify(f.evidence), f.sql, JSON.stringify(f.params)]) appender.appendVarchar(text);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return table;
}

/** Computes every finding for the given parameters, in stable order, without storing anything (`memo`: the case's, outside a write turn). */
export async function computeFindings(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams, memo?: ReadMemo): Promise<DetectedFinding[]> {
  const drafts = [...(await classifySignins(c, spikes)), ...(await bulkExport(c, exports, memo))];
  return orderFindings(linkChain(drafts).map(capEntities));
}

/**
 * Runs every detector and stores its findings in one transaction, staged through the appender. Findings the
 * analyst has not touched are replaced; confirmed or dismissed ones, or ones with a note, keep their verdict and are
 * refreshed when produced again.
 */
export async function runDetectors(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams, memo?: ReadMemo): Promise<{ summary: RunSummaryDto; findings: DetectedFinding[] }> {
  const findings = await computeFindings(c, spikes, exports, memo);
  await c.run('BEGIN TRANSACTION');
  try {
    await c.run(`DELETE FROM finding WHERE status = 'new' AND note IS NULL`);
    const table = await stageFindings(c, findings);
    const r = (col: string) => `from_json(r.${col}, '["VARCHAR"]')`;
    await c.run(
      `UPDATE finding SET seq = r.seq, kind = r.kind, severity = r.severity, ips = ${r('ips')}, users = ${r('users')}, start_ts = r.start::TIMESTAMPTZ, end_ts = r."end"::TIMESTAMPTZ,
         summary = r.summary, evidence = r.evidence::JSON, sql = r.sql, params = r.params::JSON, updated_at = now()
       FROM ${table} r WHERE finding.id = r.id`,
    );
    await c.run(
      `INSERT INTO finding SELECT r.id, r.seq, r.kind, r.severity, ${r('ips')}, ${r('users')}, r.start::TIMESTAMPTZ, r."end"::TIMESTAMPTZ, r.summary, r.evidence::JSON, r.sql, r.params::JSON, 'new', NULL, now()
       FROM ${table} r WHERE r.id NOT IN (SELECT id FROM finding) ORDER BY r.seq`,
    );
    await c.run(`DROP TABLE ${table}`);
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
