import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../createEngine';
import { makeDemoCase } from '../demo/makeDemoCase';

/** The text a reader sees in a piece of the report: tags dropped, entities of the escaper read back, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** One `<section id>` of the report. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  if (start < 0) throw new Error(`section ${id} missing`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the report of the demo case, read as the incident lead and the DPO read it', () => {
  let work: string;
  let engine: Engine;
  let html: string;
  let md: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-demoreport-'));
    engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
    await makeDemoCase(engine, path.join(work, 'case'));
    fs.mkdirSync(path.join(work, 'out'));
    html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'out', 'r.html') })).outPath, 'utf8');
    md = fs.readFileSync((await engine.service.writeReport({ format: 'md', outPath: path.join(work, 'out', 'r.md') })).outPath, 'utf8');
  }, 120_000);
  afterAll(() => {
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('puts the verdicts and the Art. 33 facts first, the evidence after, and the SQL last', () => {
    const order = [...html.matchAll(/<section id="([a-z]+)">/g)].map((m) => m[1]);
    expect(order).toEqual(['summary', 'gdpr', 'spikes', 'exports', 'coverage', 'findings', 'manifest', 'methodology']);
    const toc = [...html.matchAll(/<li><a href="#([a-z]+)">/g)].map((m) => m[1]);
    expect(toc).toEqual(order);
    expect([...html.matchAll(/<h2>(\d)\. /g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('answers each question in a sentence at the top, with the figures the sections state, in HTML and Markdown alike', () => {
    const summary = section(html, 'summary');
    const verdict = (key: string) => textOf(new RegExp(`<td data-verdict="${key}">([^<]*)</td>`).exec(summary)?.[1] ?? '');
    expect(verdict('spikes')).toBe(
      'Yes: 3 credential campaigns (2 credential stuffing campaigns, 1 brute-force attack) from 92 source addresses against 146 accounts; the reference rule flags 6 rows (source IP, user, 5-minute bin).',
    );
    expect(verdict('takeovers')).toBe(
      'Yes: 2 accounts taken over (2 high, 0 medium, 0 low confidence); 3 passwords confirmed valid (a second factor stopped the sign-in); 1 account under MFA push fatigue. 5 accounts to reset.',
    );
    expect(verdict('exports')).toBe("Possibly: 1 bulk export far above the account's own habit (1 high or critical) by 1 account, 40.0 GB in the flagged hours.");
    expect(verdict('coverage')).toMatch(/^9 categories of personal data in 2,000 records about approximately 2,000 people\. None of the categories that alone make a high risk/);
    expect(summary.indexOf('data-verdict="spikes"')).toBeLessThan(summary.indexOf('class="cards"'));
    for (const key of ['spikes', 'takeovers', 'exports', 'coverage']) expect(md).toContain(verdict(key));
  });

  it('lays out the Art. 33(3) facts in the Article’s order, says the Art. 34 assessment either way, and writes every count with separators', () => {
    const gdpr = section(html, 'gdpr');
    const at = (h: string) => gdpr.indexOf(h);
    expect(at('<h3>(a)')).toBeLessThan(at('<h3>(b)'));
    expect(at('<h3>(b)')).toBeLessThan(at('<h3>(c)'));
    expect(at('<h3>(c)')).toBeLessThan(at('<h3>Art. 34'));
    expect(at('<h3>Art. 34')).toBeLessThan(at('<h3>(d)'));
    expect(gdpr).toContain('data-art34="not-indicated"');
    const text = textOf(gdpr);
    expect(text).toContain('a leaked dataset of 2,000 records about approximately 2,000 people, holding 9 categories');
    expect(text).toContain('2,000 distinct values of column "email" in 2,000 records');
    expect(text).toContain('bcrypt at costs 10–12 (2,000 values)');
    expect(text).toContain('the leaked passwords of 3 accounts were accepted');
    expect(text).toContain('(2 credential stuffing campaigns, 1 brute-force attack)');
    const bare = text.replace(/\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?/g, '').match(/(?<![\d,.])\d{4,}(?![\d,])/g);
    expect(bare).toBeNull();
  });

  it('writes one figure one way in every section, in words rather than field names', () => {
    const exports = section(html, 'exports');
    expect(textOf(exports)).toMatch(/flags 1 user-hour\./);
    const z = [...section(html, 'exports').matchAll(/<td class="num">(\d[\d,]*\.\d+)<\/td><\/tr>/g)].map((m) => m[1] ?? '');
    expect(z.length).toBeGreaterThan(0);
    for (const v of z) expect(v).toMatch(/\.\d{2}$/);
    expect(exports).not.toContain('<td>baseline</td>');
    const score = /<td class="num">([\d,]+\.\d)<\/td><td>above own baseline<\/td>/.exec(exports)?.[1];
    expect(score).toBeDefined();
    const findings = section(html, 'findings');
    expect(textOf(findings)).toContain(`highest robust score ${score}`);
    expect(textOf(findings)).toContain('2,000 leaked account names');
    const prose = textOf(html.slice(html.indexOf('<main>'), html.indexOf('<section id="methodology">')).replace(/<code[^>]*>[^<]*<\/code>/g, ''));
    for (const raw of ['account_takeover', 'open_case', 'run_detectors', 'mfa fatigue', ' signin ', 'NaN', 'undefined', 'null']) expect(prose.includes(raw), raw).toBe(false);
    expect(prose).toContain('analyst run detectors');
    expect(prose).toMatch(/Also in the case's audit trail, not listed: [^.]*\b1 opening of the case\b/);
  });

  it('gives each account at risk its reasons on a full-width line under its facts, not in a squeezed column', () => {
    const risk = html.slice(html.indexOf('<table class="risk">'), html.indexOf('</table>', html.indexOf('<table class="risk">')));
    const outcomes = (risk.match(/data-outcome="/g) ?? []).length;
    expect(outcomes).toBe(4);
    expect(risk.match(/<tbody><tr class="what">/g)).toHaveLength(outcomes);
    expect(risk.match(/<tr class="why"><td colspan="6">Why: /g)).toHaveLength(outcomes);
    expect(risk.match(/<th>/g)).toHaveLength(6);
  });

  it('lists the Markdown findings from the most severe, as the HTML report does', () => {
    const rows = md.slice(md.indexOf('## Findings'), md.indexOf('## Takeovers')).split('\n').filter((l) => /^\| (critical|high|medium|low) \|/.test(l)).map((l) => l.split(' | ')[0]?.slice(2) ?? '');
    expect(rows.length).toBe(6);
    const rank = ['critical', 'high', 'medium', 'low'];
    expect(rows).toEqual([...rows].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)));
  });

  it('writes times in the Markdown as the HTML does, without the ISO T and Z', () => {
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(md).toMatch(/\| 2024-03-05 01:00:00 → 2024-03-05 04:42:50 \|/);
    expect(textOf(html)).toContain('2024-03-05 01:00:00 → 2024-03-05 04:42:50');
  });

  it('labels each finding id it prints, so the ids the reasons cite can be found', () => {
    const headings = [...section(html, 'findings').matchAll(/<h3><span class="sev-[a-z]+">[A-Z]+<\/span>([^\n]*)<\/h3>/g)].map((m) => m[1] ?? '');
    expect(headings.length).toBe(4);
    for (const h of headings) expect(h).toMatch(/ · finding <code>[a-z_]+-[0-9a-f]+<\/code>/);
  });
});

