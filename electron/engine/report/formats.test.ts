import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planted } from '../testing/planted/plantedScenario';
import { sqlOn } from '../testing/sqlOn';
import { csvCell } from './tables/csvCell';
import { openScenarioCase, type ScenarioCase } from '../testing/report/scenarioCase';

/** Parses RFC 4180 CSV (quoted fields, CRLF) into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe('report formats', () => {
  let s: ScenarioCase;
  beforeAll(async () => {
    s = await openScenarioCase();
    await s.engine.service.runDetectors({});
  });
  afterAll(() => s.close());

  it('writes the stored findings as JSON and CSV with the same ids, masked', async () => {
    const api = s.engine.service;
    const stored = await api.listFindings({ limit: 1000 });
    const json = JSON.parse(fs.readFileSync((await api.writeReport({ format: 'json', outPath: path.join(s.outDir, 'f.json') })).outPath, 'utf8'));
    expect(json.report).toMatchObject({ findingsOrigin: 'stored', redacted: true, evidenceIntact: true });
    expect(json.findings.map((f: { id: string }) => f.id).sort()).toEqual(stored.rows.filter((f) => f.status !== 'dismissed').map((f) => f.id).sort());
    const csvText = fs.readFileSync((await api.writeReport({ format: 'csv', outPath: path.join(s.outDir, 'f.csv') })).outPath, 'utf8');
    const rows = parseCsv(csvText.replace(/^\uFEFF/, ''));
    expect(rows[0]?.slice(0, 6)).toEqual(['report_version', 'case_id', 'redacted', 'id', 'kind', 'severity']);
    expect(rows.slice(1).map((r) => r[3]).sort()).toEqual(json.findings.map((f: { id: string }) => f.id).sort());
    expect(csvText).not.toContain(planted.bruteUser);
    expect(JSON.stringify(json)).not.toContain(planted.bruteUser);
  });

  it('leaves dismissed findings out and shows the analyst’s verdict', async () => {
    const api = s.engine.service;
    const [first, second] = (await api.listFindings({ limit: 1000 })).rows;
    await api.updateFinding({ id: first?.id as string, status: 'dismissed' });
    await api.updateFinding({ id: second?.id as string, status: 'confirmed', note: 'Confirmed with the SOC.' });
    const html = fs.readFileSync((await api.writeReport({ format: 'html', outPath: path.join(s.outDir, 'verdicts.html') })).outPath, 'utf8');
    expect(html).not.toContain(`data-finding="${first?.id}"`);
    expect(html).toContain(`data-finding="${second?.id}"`);
    expect(html).toContain('Confirmed with the SOC.');
  });

  it('writes a Markdown summary for tickets', async () => {
    const md = fs.readFileSync((await s.engine.service.writeReport({ format: 'md', outPath: path.join(s.outDir, 's.md') })).outPath, 'utf8');
    expect(md).toMatch(/^# Breach triage — /);
    expect(md).toContain('| severity | kind | window (UTC) | sources | accounts | summary |');
    expect(md).toContain(planted.bruteIp);
    expect(md).toContain('Measures taken: **not yet stated**');
    expect(md).not.toContain(planted.bruteUser);
  });

  it('neutralises spreadsheet formulas and quotes CSV fields', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });

  it('streams a data view to CSV in pages, masked unless revealed (and the reveal audited)', async () => {
    const api = s.engine.api;
    const table = `leak_${s.leak.id}`;
    const masked = await api.exportTableCsv({ table, outPath: path.join(s.outDir, 'leak-masked.csv') });
    expect(masked).toMatchObject({ rows: planted.leakedEmails.length, revealed: false });
    const text = fs.readFileSync(masked.outPath, 'utf8');
    expect(parseCsv(text.replace(/^\uFEFF/, ''))).toHaveLength(planted.leakedEmails.length + 1);
    expect(text).not.toContain(planted.leakedEmails[0]);
    const filtered = await api.exportTableCsv({ table: 'signin', outPath: path.join(s.outDir, 'brute.csv'), filters: [{ column: 'ip', op: 'eq', value: planted.bruteIp }], sort: { column: 'ts' }, reveal: true });
    expect(filtered.rows).toBe(planted.bruteAttempts);
    expect(fs.readFileSync(filtered.outPath, 'utf8')).toContain(planted.bruteUser);
    const reveals = await sqlOn<{ n: number }>(s.engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'reveal_pii'`);
    expect(reveals[0]?.n).toBeGreaterThanOrEqual(1);
    await expect(api.exportTableCsv({ table, outPath: masked.outPath })).rejects.toThrow(/already exists/);
  });

  it('prints the same document to PDF with headless Chromium, and pdftoppm renders its pages', async () => {
    const r = await s.engine.service.writeReport({ format: 'pdf', outPath: path.join(s.outDir, 'report.pdf') });
    const pdf = fs.readFileSync(r.outPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const prefix = path.join(s.outDir, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '40', r.outPath, prefix]);
    const pages = fs.readdirSync(s.outDir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(fs.statSync(path.join(s.outDir, pages.sort()[0] as string)).size).toBeGreaterThan(1000);
  }, 180_000);
});
