import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams, SpikeParams } from '../../../shared/api/detectParams';
import type { RunSummaryDto } from '../../../shared/api/findingsApi';
import { appendAudit } from '../case/appendAudit';
import { bulkExport } from '../exports/bulkExport';
import { bulkExportNotes } from '../exports/bulkExportNotes';
import { capEntities } from './capEntities';
import { classifySigninsOnce } from '../spikes/detectors/classifySigninsOnce';
import { linkChain } from '../spikes/detectors/linkChain';
import type { DetectedFinding } from './DetectedFinding';
import { orderFindings } from './orderFindings';
import { storeMembers } from './storeMembers';
import { runIntel } from './runIntel';
import { findingQueryKeySql } from '../db/schema/findingTables';
import { forgetUnusedQueries } from './forgetUnusedQueries';
import type { ReadMemo } from '../db/ReadMemo';

/** Staging tables made by this process (a pair per run, so two runs on one connection never share one). */
let staged = 0;

/**
 * Appends the findings to a fresh temp table, as text (lists and evidence as JSON text), with each distinct SQL and
 * parameters (every finding of one detector's run shares them) once in a second one, so storing them is one UPDATE and
 * one INSERT converting in SQL, and the pair is stored once in finding_query: a JSON parameter per batch of findings
 * cost a statement per 250 of them.
 */
async function stageFindings(c: DuckDBConnection, findings: DetectedFinding[]): Promise<{ rows: string; queries: string }> {
  const n = ++staged;
  const tables = { rows: `finding_rows_${process.pid}_${n}`, queries: `finding_queries_${process.pid}_${n}` };
  await c.run(
    `CREATE TEMP TABLE ${tables.rows} (id VARCHAR, seq INTEGER, kind VARCHAR, severity VARCHAR, ips VARCHAR, users VARCHAR, start VARCHAR, "end" VARCHAR, summary VARCHAR, evidence VARCHAR, q INTEGER)`,
  );
  await c.run(`CREATE TEMP TABLE ${tables.queries} (q INTEGER, sql VARCHAR, params VARCHAR)`);
  // Keyed by the SQL text then the parameters: a detector's findings share one SQL string, whose hash is computed once,
  // where a key joining both built and hashed a new copy of the SQL (kilobytes) per finding.
  const bySql = new Map<string, Map<string, { q: number; sql: string; params: string }>>();
  const queries: Array<{ q: number; sql: string; params: string }> = [];
  const rows = await c.createAppender(tables.rows, 'main', 'temp');
  try {
    for (const [seq, f] of findings.entries()) {
      const params = JSON.stringify(f.params);
      const byParams = bySql.get(f.sql) ?? new Map<string, { q: number; sql: string; params: string }>();
      bySql.set(f.sql, byParams);
      const query = byParams.get(params) ?? { q: queries.length, sql: f.sql, params };
      if (query.q === queries.length) queries.push(query);
      byParams.set(params, query);
      rows.appendVarchar(f.id);
      rows.appendInteger(seq);
      for (const text of [f.kind, f.severity, JSON.stringify(f.ips), JSON.stringify(f.users)]) rows.appendVarchar(text);
      for (const text of [f.start, f.end]) {
        if (text === null || text === undefined) rows.appendNull();
        else rows.appendVarchar(text);
      }
      rows.appendVarchar(f.summary);
      rows.appendVarchar(JSON.stringify(f.evidence));
      rows.appendInteger(query.q);
      rows.endRow();
    }
    rows.flushSync();
  } finally {
    rows.closeSync();
  }
  const shared = await c.createAppender(tables.queries, 'main', 'temp');
  try {
    for (const { q, sql, params } of queries) {
      shared.appendInteger(q);
      shared.appendVarchar(sql);
      shared.appendVarchar(params);
      shared.endRow();
    }
    shared.flushSync();
  } finally {
    shared.closeSync();
  }
  return tables;
}

/** Computes every finding for the given parameters, in stable order, without storing anything (`memo`: the case's, outside a write turn), with what the analyst must know of what was left out. */
export async function computeFindings(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams, memo?: ReadMemo): Promise<{ findings: DetectedFinding[]; notes: string[] }> {
  const signins = await classifySigninsOnce(c, spikes, memo);
  const bulk = await bulkExport(c, exports, memo);
  return { findings: orderFindings(linkChain([...signins, ...bulk.findings]).map(capEntities)), notes: bulkExportNotes(bulk) };
}

/**
 * Runs every detector and stores its findings in one transaction, staged through the appender. Findings the
 * analyst has not touched are replaced; confirmed or dismissed ones, or ones with a note, keep their verdict and are
 * refreshed when produced again. `intelNotes`: what refreshRunIntel said of the IP intel, first among the run's notes;
 * the summary and the audit say whether the intel was read.
 */
export async function runDetectors(
  c: DuckDBConnection,
  spikes: SpikeParams,
  exports: ExportParams,
  memo?: ReadMemo,
  intelNotes: string[] = [],
): Promise<{ summary: RunSummaryDto; findings: DetectedFinding[] }> {
  const computed = await computeFindings(c, spikes, exports, memo);
  const { findings } = computed;
  const notes = [...intelNotes, ...computed.notes];
  const intel = await runIntel(c);
  await c.run('BEGIN TRANSACTION');
  try {
    await c.run(`DELETE FROM finding WHERE status = 'new' AND note IS NULL`);
    const tables = await stageFindings(c, findings);
    // Keyed per staged query (a handful of rows), never per finding: the key hashes kilobytes of SQL.
    const keyed = `(SELECT q, ${findingQueryKeySql('sql', 'params')} AS key, sql, params FROM ${tables.queries})`;
    await c.run(`INSERT INTO finding_query SELECT DISTINCT key, sql, params::JSON FROM ${keyed} WHERE key NOT IN (SELECT key FROM finding_query)`);
    const stagedRows = `(SELECT r.*, k.key AS query_key FROM ${tables.rows} r JOIN ${keyed} k ON k.q = r.q)`;
    const list = (col: string) => `from_json(r.${col}, '["VARCHAR"]')`;
    await c.run(
      `UPDATE finding SET seq = r.seq, kind = r.kind, severity = r.severity, ips = ${list('ips')}, users = ${list('users')}, start_ts = r.start::TIMESTAMPTZ, end_ts = r."end"::TIMESTAMPTZ,
         summary = r.summary, evidence = r.evidence::JSON, query_key = r.query_key, updated_at = now()
       FROM ${stagedRows} r WHERE finding.id = r.id`,
    );
    await c.run(
      `INSERT INTO finding (id, seq, kind, severity, ips, users, start_ts, end_ts, summary, evidence, status, note, updated_at, query_key)
       SELECT r.id, r.seq, r.kind, r.severity, ${list('ips')}, ${list('users')}, r.start::TIMESTAMPTZ, r."end"::TIMESTAMPTZ, r.summary, r.evidence::JSON, 'new', NULL, now(), r.query_key
       FROM ${stagedRows} r WHERE r.id NOT IN (SELECT id FROM finding) ORDER BY r.seq`,
    );
    await forgetUnusedQueries(c);
    for (const table of Object.values(tables)) await c.run(`DROP TABLE ${table}`);
    await storeMembers(c, findings);
    const byKind: Record<string, number> = {};
    for (const f of findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    await appendAudit(c, 'run_detectors', { findings: findings.length, byKind, notes, intel, spikes, exports });
    await c.run('COMMIT');
    return { summary: { total: findings.length, byKind, notes, intel }, findings };
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
}
