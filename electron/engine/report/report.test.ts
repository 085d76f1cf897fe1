import { attackKinds } from '../../../shared/api/findingsApi';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planted } from '../testing/planted/plantedScenario';
import { sqlOn } from '../testing/sqlOn';
import { openScenarioCase, type ScenarioCase } from '../testing/report/scenarioCase';

/** The value of a `data-metric` element of the report. */
function metric(html: string, key: string): number {
  const m = new RegExp(`data-metric="${key}" data-value="([^"]*)"`).exec(html);
  if (!m) throw new Error(`metric ${key} missing`);
  return Number(m[1]);
}

describe('HTML report', () => {
  let s: ScenarioCase;
  let html: string;
  beforeAll(async () => {
    s = await openScenarioCase();
    await s.engine.service.writeReport({ format: 'html', outPath: path.join(s.outDir, 'v1.html') });
    html = fs.readFileSync(path.join(s.outDir, 'v1.html'), 'utf8');
  });
  afterAll(() => s.close());

  it('is one self-contained file: every section, inline SVG charts, no script, no external reference', () => {
    for (const id of ['summary', 'spikes', 'exports', 'coverage', 'findings', 'methodology', 'manifest', 'gdpr']) expect(html).toContain(`<section id="${id}">`);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:|\/\/|file:)/i);
    expect(html).not.toMatch(/url\(|@import|<link|<img|<iframe|<object/i);
  });

  it('labels a card of one in the singular ("1 user-hour above own baseline", not "1 user-hours")', () => {
    const cards = [...html.matchAll(/data-metric="([^"]+)" data-value="([^"]*)">[^<]*<\/div><div class="k">([^<]*)<\/div>/g)].map((m) => ({ key: m[1], value: m[2], label: m[3] ?? '' }));
    const ones = cards.filter((c) => c.value === '1');
    expect(ones.length).toBeGreaterThan(0);
    for (const c of ones) expect(c.label, c.key).not.toMatch(/\b(sign-ins|rows|IPs|campaigns|accounts|passwords|user-hours|records|subjects|categories|files)\b/);
    for (const c of cards.filter((x) => Number(x.value) > 1)) expect(c.label, c.key).toMatch(/\b(sign-ins|rows|IPs|campaigns|accounts|passwords|user-hours|records|subjects|categories|files)\b/);
  });

  it('states the engine’s own numbers', async () => {
    const api = s.engine.service;
    const series = await api.signinSeries({ maxPoints: 400 });
    expect(metric(html, 'signins')).toBe(series.bins.reduce((n, b) => n + b.failed + b.success, 0));
    expect(metric(html, 'signins-failed')).toBe(series.bins.reduce((n, b) => n + b.failed, 0));
    expect(metric(html, 'reference-spikes')).toBe((await api.loginSpikes({})).total);
    expect(metric(html, 'export-reference')).toBe((await api.exportReference({})).total);
    expect(metric(html, 'export-baseline')).toBe((await api.exportBaseline({})).total);
    const [cov] = await api.coverage({});
    expect(metric(html, 'leak-records')).toBe(cov?.rows);
    expect(metric(html, 'leak-subjects')).toBe(cov?.subjects);
    expect(metric(html, 'gdpr-subjects')).toBe(planted.leakedEmails.length);
    const classified = await api.classifySignins({});
    const ips = new Set(classified.findings.filter((f) => attackKinds.includes(f.kind)).flatMap((f) => f.ips));
    expect(metric(html, 'attack-sources')).toBe(ips.size);
    const attacked = new Set(classified.findings.filter((f) => f.kind !== 'account_takeover').flatMap((f) => f.users));
    expect(attacked.size).toBeGreaterThan(100);
    expect(metric(html, 'gdpr-accounts-attacked')).toBe(attacked.size);
    expect(metric(html, 'gdpr-accounts-taken-over')).toBe(new Set(classified.findings.filter((f) => f.kind === 'account_takeover').flatMap((f) => f.users)).size);
    for (const ip of [planted.sprayIp, planted.bruteIp, planted.stuffIp]) expect(html).toContain(ip);
  });

  it('masks personal values by default: no leaked address, no staff IP; attack sources stay clear', () => {
    expect(html).toContain('data-redaction="on"');
    for (const email of [planted.bruteUser, planted.sprayTakeover, ...planted.stuffUsers]) expect(html).not.toContain(email);
    expect(html).not.toContain('192.0.2.10');
    expect(html).toContain('192.0.*.*');
    expect(html).not.toMatch(/[a-z0-9]+@(corp|mail)\.example/);
  });

  it('has the Art. 33(3) facts, password wording from the hash census, and a loud gap where the analyst has not stated measures', () => {
    const gdpr = html.slice(html.indexOf('<section id="gdpr">'));
    expect(gdpr).toContain('bcrypt at cost 10 (200 values)');
    expect(gdpr).toContain('ambiguous MD5/NTLM-class (100 values): fast, unsalted');
    for (const cls of ['Email addresses', 'Names', 'Dates of birth', 'Passwords', 'IP addresses']) expect(gdpr).toContain(`data-class="${cls}"`);
    expect(gdpr).toMatch(/data-statement="measuresTaken">Measures taken[^<]*NOT YET STATED/);
    expect(metric(gdpr, 'report-version')).toBe(1);
  });

  it('numbers versions for phased notification, lists earlier ones, and carries the analyst’s statements', async () => {
    const api = s.engine.service;
    await api.setReportMeta({ measuresTaken: 'Passwords of the 300 leaked accounts reset on 2024-03-08.', dpoContact: 'dpo@corp.example', tlp: 'amber+strict' });
    const r = await api.writeReport({ format: 'html', outPath: path.join(s.outDir, 'v2.html') });
    expect(r.version).toBe(2);
    const v2 = fs.readFileSync(r.outPath, 'utf8');
    expect(metric(v2, 'report-version')).toBe(2);
    expect(v2).toContain('Passwords of the 300 leaked accounts reset on 2024-03-08.');
    expect(v2).toContain('TLP:AMBER+STRICT');
    expect(v2).toMatch(/Earlier versions<\/caption>.*<td class="num">1<\/td>/s);
    const meta = await api.reportMeta({});
    expect(meta.versions.map((v) => v.version)).toEqual([1, 2]);
    const audit = await sqlOn<{ action: string }>(s.engine, `SELECT action FROM audit WHERE action IN ('write_report', 'set_report_meta') ORDER BY at_ts`);
    expect(audit.map((a) => a.action)).toEqual(['write_report', 'set_report_meta', 'write_report']);
    const trail = /<caption>Latest audit trail entries[^<]*<\/caption>(.*?)<\/table>/s.exec(v2)?.[1] ?? '';
    expect(trail).toContain('set report meta');
    expect(trail).not.toMatch(/open case|write report/);
    const [routine] = await sqlOn<{ reports: number; opens: number }>(
      s.engine,
      `SELECT count(*) FILTER (WHERE action = 'write_report')::INTEGER AS reports, count(*) FILTER (WHERE action = 'open_case')::INTEGER AS opens FROM audit`,
    );
    const sentence = /Also in the case's audit trail, not listed: ([^<]*)\.<\/p>/.exec(v2)?.[1]?.split(', ');
    expect(sentence).toContain(`${routine?.opens} ${routine?.opens === 1 ? 'opening' : 'openings'} of the case`);
    expect(sentence).toContain(`${(routine?.reports ?? 0) - 1} report written`);
  });

  it('includes personal data only on opt-in, audits the opt-in and says so in the report', async () => {
    const r = await s.engine.service.writeReport({ format: 'html', outPath: path.join(s.outDir, 'clear.html'), includePersonalData: true });
    const clear = fs.readFileSync(r.outPath, 'utf8');
    expect(r.redacted).toBe(false);
    expect(clear).toContain('data-redaction="off"');
    expect(clear).toContain(planted.bruteUser);
    const optIn = await sqlOn<{ detail: string }>(s.engine, `SELECT detail::VARCHAR AS detail FROM audit WHERE action = 'report_personal_data_opt_in'`);
    expect(optIn).toHaveLength(1);
    expect(JSON.parse(optIn[0]?.detail ?? '{}')).toMatchObject({ version: r.version, format: 'html' });
  });

  it('never writes over an input, into an evidence folder, or over an existing file unless asked', async () => {
    const api = s.engine.service;
    await expect(api.writeReport({ format: 'html', outPath: s.leak.path })).rejects.toThrow(/input file/);
    await expect(api.writeReport({ format: 'html', outPath: path.join(path.dirname(s.leak.path), 'r.html') })).rejects.toThrow(/evidence folders/);
    await expect(api.writeReport({ format: 'html', outPath: path.join(s.outDir, 'v1.html') })).rejects.toThrow(/already exists/);
    const again = await api.writeReport({ format: 'html', outPath: path.join(s.outDir, 'v1.html'), overwrite: true });
    expect(fs.readFileSync(again.outPath, 'utf8')).toContain(`data-metric="report-version" data-value="${again.version}"`);
  });
});
