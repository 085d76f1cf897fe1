import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { requireCase } from '../../case/requireCase';
import { createEngine, type Engine } from '../../createEngine';
import { queryRows } from '../../sql/queryRows';
import { auditPrefix, caseFingerprint, type CaseFingerprint } from '../../testing/caseFingerprint';
import { sqlOn } from '../../testing/sqlOn';
import { withTempCase } from '../../testing/withTempCase';
import { refreshTransferRollup } from '../../exports/transferRollup';
import { caseSchemaVersion } from './caseSchema';
import { findingTablesV2, schemaUpgrades } from './schemaUpgrades';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-schema-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A copy of the version-1 case built by the code of tag before-19 (testing/fixtures/case-v1/SOURCE.md), in its own folder. */
function copyV1Case(name: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'case.duckdb'), gunzipSync(fs.readFileSync(path.join(__dirname, '../../testing/fixtures/case-v1/case.duckdb.gz'))), { mode: 0o600 });
  return dir;
}

/** Runs `fn` on the case database in `dir` opened by plain DuckDB, outside the engine (read-only unless asked). */
async function onRawCase<T>(dir: string, fn: (c: DuckDBConnection) => Promise<T>, write = false): Promise<T> {
  const db = await DuckDBInstance.create(path.join(dir, 'case.duckdb'), write ? {} : { access_mode: 'READ_ONLY' });
  const c = await db.connect();
  try {
    return await fn(c);
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

/** Runs `fn` with an engine that has the case in `dir` open (an existing one, unless `create`). */
async function withCase<T>(dir: string, fn: (engine: Engine) => Promise<T>, create = false): Promise<T> {
  const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  try {
    await engine.service.openCase({ dir, create });
    return await fn(engine);
  } finally {
    engine.close();
  }
}

/** Tables built from the data by their loaders, which a new case does not have yet. */
const derived = `(schema_name = 'rollup' OR regexp_full_match(table_name, 'leak_[0-9]+') OR table_name = 'source_intel' OR (schema_name = 'intel' AND table_name LIKE 'ip_%'))`;

/** The fixed schema of a case, from DuckDB's catalog: schemas, tables with their DDL, columns, constraints, views, sequences. */
async function fixedSchema(c: DuckDBConnection): Promise<Record<string, unknown[]>> {
  const here = `database_name = current_database() AND NOT internal`;
  return {
    schemas: await queryRows(c, `SELECT schema_name FROM duckdb_schemas() WHERE ${here} ORDER BY ALL`),
    tables: await queryRows(c, `SELECT schema_name, table_name, sql FROM duckdb_tables() WHERE ${here} AND NOT temporary AND NOT ${derived} ORDER BY ALL`),
    columns: await queryRows(
      c,
      `SELECT schema_name, table_name, column_index, column_name, data_type, is_nullable, column_default FROM duckdb_columns()
       WHERE ${here} AND NOT ${derived} AND table_name NOT IN (SELECT view_name FROM duckdb_views()) ORDER BY ALL`,
    ),
    constraints: await queryRows(
      c,
      `SELECT schema_name, table_name, constraint_type, constraint_text FROM duckdb_constraints() WHERE database_name = current_database() AND NOT ${derived} ORDER BY ALL`,
    ),
    views: await queryRows(c, `SELECT schema_name, view_name, sql FROM duckdb_views() WHERE ${here} AND NOT temporary AND view_name <> 'known_source' ORDER BY ALL`),
    // A sequence's start value moves with its last value when the file is checkpointed, so only its step compares.
    sequences: await queryRows(c, `SELECT schema_name, sequence_name, increment_by::VARCHAR AS step FROM duckdb_sequences() WHERE database_name = current_database() ORDER BY ALL`),
  };
}

/** The content hashes of the tables `of` holds, but for those an open itself writes to (the audit trail, and case_meta when it upgrades). */
/** Every stored finding as its row read before version 7 (its SQL and parameters beside it), from either shape of the tables. */
async function findingsAsStored(c: DuckDBConnection): Promise<unknown[]> {
  const cols = `id, seq, kind, severity, ips, users, start_ts, end_ts, summary, evidence, sql, params, status, note, updated_at`;
  const split = (await queryRows(c, `SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND table_name = 'finding_query'`)).length > 0;
  const from = split ? `(SELECT f.*, q.sql, q.params FROM finding f JOIN finding_query q ON q.key = f.query_key)` : 'finding';
  return (await queryRows<{ r: string }>(c, `SELECT to_json(x)::VARCHAR AS r FROM (SELECT ${cols} FROM ${from} ORDER BY id) x`)).map((row) => JSON.parse(row.r));
}

function evidenceOf(f: CaseFingerprint, skip: string[], of: CaseFingerprint = f): Record<string, string | undefined> {
  return Object.fromEntries(of.tables.filter((t) => !skip.includes(t)).map((t) => [t, f.content[t]]));
}

describe('case schema', () => {
  it('has one upgrade step for every version after 1, in order', () => {
    expect(schemaUpgrades.map((s) => s.to)).toEqual(Array.from({ length: caseSchemaVersion - 1 }, (_, i) => i + 2));
  });

  it('creates every fixed table when a case is created, so no read has to', async () => {
    await withTempCase(async (engine) => {
      const tables = await sqlOn<{ t: string }>(engine, `SELECT schema_name || '.' || table_name AS t FROM duckdb_tables() WHERE NOT temporary ORDER BY 1`);
      expect(tables.map((r) => r.t)).toEqual(
        [
          'main.account_event', 'main.audit', 'main.case_meta', 'main.coverage_field', 'main.coverage_hash', 'main.coverage_source', 'main.dismissal_entry', 'main.finding',
          'main.finding_member', 'main.finding_query', 'main.known_infrastructure_entry', 'main.rejects', 'main.report_meta', 'main.report_version', 'main.signin',
          'main.sources', 'main.transfer', 'intel.dataset', 'intel.source_intel_state', 'privacy.mask_key', 'rollup.derived_state',
        ].sort(),
      );
      expect(await sqlOn(engine, `SELECT schema_version FROM case_meta`)).toEqual([{ schema_version: caseSchemaVersion }]);
    });
  });

  it('upgrades a version-1 case to exactly the schema of a new case, keeping its evidence, findings and audit trail', async () => {
    const fresh = await withTempCase((engine) => requireCase(engine.ctx).withConnection(fixedSchema));
    const dir = copyV1Case('upgrade');
    const before = await onRawCase(dir, async (c) => ({
      fingerprint: await caseFingerprint(c),
      audit: (await queryRows<{ n: number }>(c, `SELECT count(*)::INTEGER AS n FROM audit`))[0]?.n ?? 0,
      version: await queryRows(c, `SELECT schema_version FROM case_meta`),
      schema: await fixedSchema(c),
      findings: await findingsAsStored(c),
    }));
    expect(before.version).toEqual([{ schema_version: 1 }]);
    expect(before.schema, 'the fixture is a version-1 case: it lacks tables a new case has').not.toEqual(fresh);
    expect(before.fingerprint.rows).toMatchObject({ sources: 3, signin: 45, transfer: 73, leak_3: 6, rejects: 1, finding: 2, finding_member: 7, audit: 10 });

    // The run below finds no IP datasets (it would load a million ranges the fingerprints would then hash): it still
    // runs, and says so. The datasets are loaded last.
    const intelDir = process.env.BREACHDESK_INTEL_DIR;
    process.env.BREACHDESK_INTEL_DIR = path.join(work, 'no-datasets');
    const after = await withCase(dir, async (engine) => {
      const c = await requireCase(engine.ctx).withConnection(async (c) => ({
        fingerprint: await caseFingerprint(c),
        prefix: await auditPrefix(c, before.audit),
        schema: await fixedSchema(c),
        findings: await findingsAsStored(c),
      }));
      const upgrades = await sqlOn(engine, `SELECT detail->>'from' AS "from", detail->>'to' AS "to" FROM audit WHERE action = 'upgrade_case_schema'`);
      const verdict = (await engine.service.listFindings({})).rows.find((f) => f.kind === 'credential_stuffing');
      const run = await engine.service.runDetectors({});
      const findings = (await engine.service.listFindings({})).rows;
      const stuffing = findings.find((f) => f.kind === 'credential_stuffing');
      const sources = stuffing ? await engine.service.findingSources({ id: stuffing.id }) : null;
      return {
        ...c,
        upgrades,
        verdict,
        run,
        stuffing,
        sources,
        meta: await engine.service.reportMeta({}),
        known: await engine.service.listKnownInfrastructure({}),
        coverage: await engine.service.coverage({}),
        intel: await engine.service.ipIntelStatus({}),
        version: await sqlOn(engine, `SELECT schema_version FROM case_meta`),
      };
    }).finally(() => {
      if (intelDir === undefined) delete process.env.BREACHDESK_INTEL_DIR;
      else process.env.BREACHDESK_INTEL_DIR = intelDir;
    });
    expect(after.version).toEqual([{ schema_version: caseSchemaVersion }]);
    expect(after.schema).toEqual(fresh);
    // The rollups are derived, not evidence: an upgrade may drop them and mark them for a rebuild; the coverage summary
    // is derived too, and version 5 gave it a column (its rows unchanged, the new count unknown).
    // Version 7 stores each finding's SQL and parameters apart: its rows are compared as read back whole.
    const notEvidence = ['audit', 'case_meta', 'coverage_source', 'finding', ...before.fingerprint.tables.filter((t) => t.startsWith('rollup.'))];
    expect(evidenceOf(after.fingerprint, notEvidence, before.fingerprint)).toEqual(evidenceOf(before.fingerprint, notEvidence));
    expect(before.findings).toHaveLength(2);
    expect(after.findings).toEqual(before.findings);
    expect(after.prefix, 'the audit trail is only appended to').toBe(await onRawCase(copyV1Case('prefix'), (c) => auditPrefix(c, before.audit)));
    expect(after.upgrades).toEqual([{ from: '1', to: String(caseSchemaVersion) }]);
    expect(after.verdict).toMatchObject({ status: 'confirmed', note: 'checked with the service desk' });
    expect(after.run.byKind).toMatchObject({ credential_stuffing: 1, bulk_export: 1 });
    expect(after.stuffing).toMatchObject({ id: after.verdict?.id, status: 'confirmed' });
    expect(after.sources?.rows.map((r) => r.ip)).toEqual(['203.0.113.9']);
    expect(after.meta).toMatchObject({ controller: 'Example Corp', tlp: 'amber' });
    expect(after.meta.versions).toHaveLength(1);
    expect(after.known.map((k) => k.cidr)).toEqual(['192.0.2.0/28']);
    expect(after.coverage.map((s) => s.rows)).toEqual([6]);
    expect(after.coverage.map((s) => s.keyless), 'a coverage computed before version 5 has no keyless count').toEqual([null]);
    expect(after.intel.datasets, 'the IP datasets were never loaded in the version-1 case').toEqual([]);
    expect(after.run.intel, 'the run without datasets read no intel').toEqual({ state: 'missing', addresses: 0, located: 0 });
    expect(after.run.notes.filter((n) => n.includes('the IP intel could not be built'))).toHaveLength(1);

    const upgraded = await onRawCase(dir, caseFingerprint);
    const again = await withCase(dir, (engine) =>
      requireCase(engine.ctx).withConnection(async (c) => ({
        fingerprint: await caseFingerprint(c),
        schema: await fixedSchema(c),
        added: await queryRows(c, `SELECT action FROM audit ORDER BY rowid OFFSET $1`, [upgraded.rows.audit ?? 0]),
      })),
    );
    expect(again.schema).toEqual(fresh);
    expect(evidenceOf(again.fingerprint, ['audit']), 'opening a current case changes nothing').toEqual(evidenceOf(upgraded, ['audit']));
    expect(again.added, 'but audit the open').toEqual([{ action: 'open_case' }]);

    // Last, as loading the IP datasets adds large range tables a fingerprint would have to hash.
    const intel = await withCase(dir, (engine) => engine.service.refreshIpIntel({}));
    expect(intel, 'its 8 sign-in addresses are all documentation ranges').toMatchObject({ rebuilt: true, addresses: 8, labelled: 8 });
  }, 120_000);

  it('drops the sign-in rollups early version-1 cases kept in the main schema', async () => {
    const dir = copyV1Case('legacy-rollups');
    await onRawCase(dir, (c) => c.run(`CREATE TABLE main.signin_rollup_5m AS SELECT 1 AS b; CREATE TABLE main.signin_by_ip AS SELECT ip, ts FROM signin`), true);
    const tables = await withCase(dir, async (engine) => (await engine.service.listTables({})).map((t) => t.name));
    expect(tables.filter((t) => t.startsWith('signin'))).toEqual(['signin']);
  });

  it('rebuilds the transfer rollups of a version-3 case, whose statistics keep no exact sums, at its next transfer ingest', async () => {
    const dir = path.join(work, 'v3-transfers');
    const csv = (name: string, day: number) => {
      const file = path.join(work, name);
      const rows = Array.from({ length: 48 }, (_, i) => `2024-05-0${day}T${String(i % 24).padStart(2, '0')}:0${i % 6}:00Z,u${i % 5},${1000 * (i + 1)}`);
      fs.writeFileSync(file, ['timestamp,user_id,bytes_transferred', ...rows].join('\n'));
      return file;
    };
    await withCase(dir, (engine) => engine.service.addSource({ path: csv('v3-a.csv', 1), kind: 'transfer' }), true);
    await onRawCase(
      dir,
      (c) =>
        c.run(
          `ALTER TABLE rollup.transfer_user_hour_stats DROP COLUMN s1; ALTER TABLE rollup.transfer_user_hour_stats DROP COLUMN s2; UPDATE case_meta SET schema_version = 3;
           DROP TABLE finding_query; DROP TABLE finding; ${findingTablesV2}`,
        ),
      true,
    );
    const stats = `SELECT unit, n, mean, sd, s1, s2 FROM rollup.transfer_user_hour_stats ORDER BY unit`;
    const { grown, rebuilt } = await withCase(dir, async (engine) => {
      await engine.service.addSource({ path: csv('v3-b.csv', 2), kind: 'transfer' });
      const grown = await sqlOn(engine, stats);
      await requireCase(engine.ctx).withConnection((c) => refreshTransferRollup(c));
      return { grown, rebuilt: await sqlOn(engine, stats) };
    });
    expect(grown).toHaveLength(1);
    expect(grown).toEqual(rebuilt);
  });

  it('upgrades a version-1 case whose first open stopped before it recorded its case_meta row', async () => {
    const dir = copyV1Case('no-meta-row');
    await onRawCase(dir, (c) => c.run(`DELETE FROM case_meta`), true);
    const found = await withCase(dir, (engine) =>
      sqlOn(engine, `SELECT (SELECT list(schema_version) FROM case_meta) AS versions, (SELECT list(detail->>'from') FROM audit WHERE action = 'upgrade_case_schema') AS upgrades`),
    );
    expect(found).toEqual([{ versions: [caseSchemaVersion], upgrades: ['1'] }]);
  });

  it('refuses a case written by a newer build, and leaves it unchanged', async () => {
    const dir = copyV1Case('newer');
    await onRawCase(dir, (c) => c.run(`UPDATE case_meta SET schema_version = ${caseSchemaVersion + 1}`), true);
    const before = await onRawCase(dir, caseFingerprint);
    await expect(withCase(dir, async () => undefined)).rejects.toThrow(
      new RegExp(`newer Breachdesk \\(case schema version ${caseSchemaVersion + 1}\\); this build reads versions up to ${caseSchemaVersion}`),
    );
    expect(await onRawCase(dir, caseFingerprint)).toEqual(before);
  });
});
