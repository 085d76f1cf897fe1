import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEmailLeakCsv } from '../engine/testing/leak/writeEmailLeakCsv';
import { writeEntraCsv } from '../engine/testing/logs/writeEntraCsv';
import { requireCase } from '../engine/case/requireCase';
import { createEngine } from '../engine/createEngine';
import { queryRows } from '../engine/sql/queryRows';
import { exportScenario } from '../engine/testing/planted/exportScenario';
import { cust, plantedScenario } from '../engine/testing/planted/plantedScenario';
import { caseFingerprint } from '../engine/testing/caseFingerprint';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-repro-'));
/** Tables that record the session itself (when, which case id, where a report was written, the random pseudonym key), not results: left out of the comparison. */
const sessionTables = new Set(['audit', 'case_meta', 'report_version', 'privacy.mask_key']);
/** Columns holding wall-clock times by design (ingested_at, computed_at, updated_at, …): left out of every row. */
const wallClock = /(^|_)(at|ts)$|_at$|^(created|updated|computed)/i;

/** A findings.json with its wall-clock fields and case identity removed, leaving what the analysis produced. */
function stripTimes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripTimes);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !/(At|_at|Time|time)$|^(caseId|generated|written)/.test(k))
        .map(([k, x]) => [k, stripTimes(x)]),
    );
  }
  return v;
}

/** The same three inputs every run ingests: a transfer log, a SigninLogs CSV and a leaked sample. */
function writeInputs(dir: string): Array<{ path: string; kind: 'transfer' | 'signin' | 'leak' }> {
  fs.mkdirSync(dir, { recursive: true });
  const transfer = path.join(dir, 'transfer_log.csv');
  const rows = exportScenario().map((r) => `${new Date(r.ts).toISOString()},${r.user ?? ''},${r.bytes ?? ''}`);
  fs.writeFileSync(transfer, ['timestamp,user_id,bytes_transferred', ...rows].join('\n') + '\n');
  const signin = path.join(dir, 'SigninLogs.csv');
  writeEntraCsv(signin, plantedScenario());
  const leak = path.join(dir, 'leak.csv');
  writeEmailLeakCsv(leak, Array.from({ length: 400 }, (_, i) => cust(i)));
  return [
    { path: transfer, kind: 'transfer' },
    { path: signin, kind: 'signin' },
    { path: leak, kind: 'leak' },
  ];
}

/** Ingests the inputs into a fresh case, runs every detector and returns what a second run must reproduce. */
async function runOnce(name: string, inputs: ReturnType<typeof writeInputs>) {
  const engine = createEngine({ userDataDir: path.join(work, name, 'userdata'), transport: 'http' });
  try {
    await engine.service.openCase({ dir: path.join(work, name, 'case'), create: true });
    for (const input of inputs) await engine.service.addSource({ path: input.path, kind: input.kind, maxRejectShare: 0.01 });
    const run = await engine.service.runDetectors({});
    const findings = await engine.service.listFindings({ limit: 1000 });
    // Judged on the unmasked findings: pseudonyms are keyed per case, so two cases mask the same value differently.
    const report = await engine.service.writeReport({ format: 'json', outPath: path.join(work, name, 'findings.json'), includePersonalData: true });
    const findingsJson = stripTimes(JSON.parse(fs.readFileSync(report.outPath, 'utf8')));
    return await requireCase(engine.ctx).withConnection(async (c) => {
      const fp = await caseFingerprint(c, wallClock);
      const sources = await queryRows(
        c,
        `SELECT id, kind, path, sha256, size::DOUBLE AS size, format, CAST(mapping AS VARCHAR) AS mapping,
                rows_loaded::DOUBLE AS rows_loaded, rows_rejected::DOUBLE AS rows_rejected, status, message FROM sources ORDER BY id`,
      );
      const data = Object.fromEntries(fp.tables.filter((t) => !sessionTables.has(t)).map((t) => [t, { rows: fp.rows[t], md5: fp.content[t] }]));
      const stable = findings.rows.map(({ updatedAt: _updatedAt, ...f }) => f);
      return { tables: fp.tables, sources, data, run, findings: { total: findings.total, rows: stable }, findingsJson };
    });
  } finally {
    engine.close();
  }
}

describe('reproducibility: the same inputs and parameters give the same case and the same findings', () => {
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('two fresh cases built from the same files hold identical sources, data tables and findings', async () => {
    const inputs = writeInputs(path.join(work, 'inputs'));
    const a = await runOnce('a', inputs);
    const b = await runOnce('b', inputs);
    expect(a.sources).toHaveLength(3);
    expect(a.sources.map((s) => (s as { status: string }).status)).toEqual(['ready', 'ready', 'ready']);
    expect(Object.keys(a.data)).toEqual(expect.arrayContaining(['transfer', 'signin', 'leak_3']));
    expect(a.findings.total).toBeGreaterThan(0);
    expect(b.tables).toEqual(a.tables);
    expect(b.sources).toEqual(a.sources);
    expect(b.data).toEqual(a.data);
    expect(b.run).toEqual(a.run);
    expect(b.findings).toEqual(a.findings);
    expect(JSON.stringify(a.findingsJson)).toContain('password_spray');
    expect(b.findingsJson).toEqual(a.findingsJson);
  }, 300_000);
});
