import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { attackKinds } from '../../shared/api/findingsApi';
import { resetKinds } from '../../shared/api/resetAccountsApi';
import { loadReportScenario } from '../../electron/engine/testing/report/reportScenario';
import { expect, test } from '../fixtures/workbench';

test('the HTML report opens offline in Chromium with every section and the engine’s numbers', async ({ page, workbench }) => {
  test.setTimeout(180_000);
  const api = workbench.engine.service;
  await api.openCase({ dir: workbench.caseDir, create: true });
  const s = await loadReportScenario(workbench.engine, workbench.work);
  await api.runDetectors({});
  await api.setReportMeta({ controller: 'Example Corp SAS', dpoContact: 'DPO, dpo@corp.example, +33 1 00 00 00 00', measuresTaken: 'Attack sources blocked at the edge; passwords of attacked accounts reset.' });
  const r = await api.writeReport({ format: 'html', outPath: path.join(s.outDir, 'report.html') });

  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  const url = pathToFileURL(r.outPath).href;
  await page.goto(url);
  for (const [id, title] of [
    ['summary', 'Summary'],
    ['spikes', 'Login spikes'],
    ['exports', 'Export volumes'],
    ['coverage', 'PII field coverage'],
    ['findings', 'Findings'],
    ['methodology', 'Methodology'],
    ['manifest', 'Evidence manifest'],
    ['gdpr', 'GDPR Art. 33(3)'],
  ]) {
    await expect(page.locator(`section#${id} h2`)).toContainText(title as string);
  }
  await expect(page.locator('section svg')).toHaveCount(3);
  for (const chart of await page.locator('section svg').all()) expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(80);

  const metric = async (key: string) => Number(await page.locator(`[data-metric="${key}"]`).first().getAttribute('data-value'));
  const series = await api.signinSeries({ maxPoints: 400 });
  expect(await metric('signins')).toBe(series.bins.reduce((n, b) => n + b.failed + b.success, 0));
  expect(await metric('signins-failed')).toBe(series.bins.reduce((n, b) => n + b.failed, 0));
  expect(await metric('reference-spikes')).toBe((await api.loginSpikes({})).total);
  expect(await metric('export-reference')).toBe((await api.exportReference({})).total);
  expect(await metric('export-baseline')).toBe((await api.exportBaseline({})).total);
  const findings = await api.listFindings({ limit: 1000 });
  const campaigns = findings.rows.filter((f) => attackKinds.includes(f.kind));
  const outcomes = findings.rows.filter((f) => resetKinds.includes(f.kind));
  expect(campaigns.length).toBeGreaterThan(0);
  expect(await metric('campaigns')).toBe(campaigns.length);
  await expect(page.locator('article[data-campaign]')).toHaveCount(campaigns.length);
  await expect(page.locator('article.finding')).toHaveCount(findings.total - outcomes.length);
  await expect(page.locator('[data-outcome]')).toHaveCount(outcomes.length);
  expect(await metric('accounts-to-reset')).toBe((await api.exportResetAccounts({ outPath: path.join(s.outDir, 'reset.csv') })).accounts);
  const [cov] = await api.coverage({});
  expect(await metric('leak-subjects')).toBe(cov?.subjects);
  expect(await metric('gdpr-records')).toBe(cov?.rows);
  await expect(page.locator('[data-manifest-state="verified"]')).toHaveCount(3);
  await expect(page.locator('[data-evidence="intact"]')).toBeVisible();
  await expect(page.locator('[data-statement="measuresTaken"]')).toHaveText('Attack sources blocked at the edge; passwords of attacked accounts reset.');
  await expect(page.locator('section#gdpr')).toContainText('bcrypt at cost 10');

  const html = fs.readFileSync(r.outPath, 'utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:|\/\/)/i);
  expect(requests.filter((u) => u !== url)).toEqual([]);

  fs.mkdirSync('test-results/screens', { recursive: true });
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.screenshot({ path: 'test-results/screens/report.png' });
  await page.screenshot({ path: 'test-results/screens/report-full.png', fullPage: true });
  await page.locator('section#exports').screenshot({ path: 'test-results/screens/report-exports.png' });
  await page.locator('section#gdpr').screenshot({ path: 'test-results/screens/report-gdpr.png' });
});
