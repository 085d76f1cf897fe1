import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../createEngine';
import { loadReportScenario } from '../testing/report/reportScenario';
import { exportScenario } from '../testing/scenarios/exportScenario';
import { writeInput } from '../testing/withTempCase';

/** Liberation Sans's line box (ascent 0.905 + descent 0.212 em): pdftotext's word box is this many times the font size. */
const lineBox = 1.117;

/** Every word pdftotext finds in a PDF with its page and box height in points. */
function words(pdf: string): Array<{ page: number; text: string; height: number }> {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString();
  const out: Array<{ page: number; text: string; height: number }> = [];
  let page = 0;
  for (const m of xml.matchAll(/<page |<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else out.push({ page, text: m[3] ?? '', height: Number(m[2]) - Number(m[1]) });
  }
  return out;
}

describe('the report of a case with sign-in attacks and many bulk exports, as printed and read', () => {
  let work: string;
  let engine: Engine;
  let pdf: string;
  let html: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-printed-'));
    engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
    await engine.service.openCase({ dir: path.join(work, 'case'), create: true });
    const s = await loadReportScenario(engine, work);
    const org = exportScenario({ seed: 7, users: 120, days: 21, burstShare: 0.6, burstBytes: 3e9, bulk: 4, slow: 0, serviceExfil: 1 });
    await engine.service.addSource({ path: writeInput(work, 'transfers-org.csv', org.csv), kind: 'transfer' });
    await engine.service.runDetectors({});
    pdf = (await engine.service.writeReport({ format: 'pdf', outPath: path.join(s.outDir, 'report.pdf') })).outPath;
    html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(s.outDir, 'report.html') })).outPath, 'utf8');
  }, 240_000);
  afterAll(() => {
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('is A4 and sets no word under 8 pt, chart labels included', () => {
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf]).toString()) ?? [];
    expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]);
    const all = words(pdf);
    expect(all.length).toBeGreaterThan(1000);
    const small = all.filter((x) => x.height / lineBox < 7.95);
    expect(small.map((x) => `${x.text} (p${x.page}, ${(x.height / lineBox).toFixed(1)} pt)`).slice(0, 10)).toEqual([]);
  });

  it('prints every masked account and address whole on one line, the accounts-at-risk table included', () => {
    const masked = words(pdf).filter((x) => /\*@|\*\.\*/.test(x.text) && !/^(j\*\*\*@o\*\*\*\.fr|203\.0\.\*\.\*)$/.test(x.text));
    expect(masked.filter((x) => x.text.includes('@')).length).toBeGreaterThan(50);
    expect(masked.filter((x) => !/#[0-9a-f]{6}[,.;)]*$/.test(x.text)).map((x) => `${x.text} (p${x.page})`)).toEqual([]);
  });

  it('never breaks a date or SHA-256 at its hyphen across two lines', () => {
    const all = words(pdf);
    expect(all.filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.text)).length).toBeGreaterThan(200);
    expect(all.filter((x) => /^(\d{4}-|\d{4}-\d{2}-|SHA-)$/.test(x.text)).map((x) => `${x.text} (p${x.page})`)).toEqual([]);
  });

  it('prints each evidence file’s name whole in the manifest, its path broken only after a separator', () => {
    const names = words(pdf).map((x) => x.text);
    for (const file of ['leak.csv', 'SigninLogs.csv', 'transfers.csv', 'transfers-org.csv']) expect(names.some((w) => w === file || w.endsWith(`/${file}`)), file).toBe(true);
  });

  it('says when a list of export anomalies shows fewer rows than the total the summary counts', () => {
    const total = Number(/data-metric="export-reference-total" data-value="(\d+)"/.exec(html)?.[1]);
    const start = html.indexOf('<caption>Reference z-score anomalies');
    const rows = (html.slice(start, html.indexOf('</table>', start)).match(/<tr>/g) ?? []).length - 1;
    expect(rows).toBeLessThan(total);
    expect(html.slice(start, html.indexOf('</caption>', start))).toBe(`<caption>Reference z-score anomalies (first ${rows} of ${total}, by hour)`);
  });

  it('lists the bulk exports in one table, in the order of their articles, ahead of them', () => {
    const articles = [...html.matchAll(/<article class="finding[^"]*" data-finding="(bulk_export-[^"]+)"/g)].map((m) => m[1]);
    expect(articles.length).toBeGreaterThanOrEqual(6);
    const table = html.slice(html.indexOf('<caption>Bulk exports at a glance'), html.indexOf('</table>', html.indexOf('<caption>Bulk exports at a glance')));
    expect(table).toContain(`at a glance (${articles.length})`);
    expect([...table.matchAll(/data-bulk-row="([^"]+)"/g)].map((m) => m[1])).toEqual(articles);
    expect(html.indexOf('<caption>Bulk exports at a glance')).toBeLessThan(html.indexOf(`data-finding="${articles[0]}"`));
    expect(table).toMatch(/<td class="num">[\d.]+ GB<\/td><td class="num">[\d.]+ [kMG]?B<\/td><td class="num">[\d.]+ GB<\/td><\/tr>/);
  });

  it('answers the takeover question without explaining a count of none', () => {
    const answer = /<td data-verdict="takeovers">([^<]*)<\/td>/.exec(html)?.[1];
    expect(answer).toBe('Yes: 3 accounts taken over (2 high, 1 medium, 0 low confidence); 0 passwords confirmed valid; 0 accounts under MFA push fatigue. 3 accounts to reset.');
  });
});

