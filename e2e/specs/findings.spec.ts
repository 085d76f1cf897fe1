import fs from 'node:fs';
import path from 'node:path';
import { writeDemoTransferCsv } from '../../electron/engine/demo/writeDemoTransferCsv';
import { planted, plantedScenario } from '../../electron/engine/testing/planted/plantedScenario';
import { bulkExportEvidence } from '../../shared/exports/bulkExportEvidence';
import { openTransferCase } from '../fixtures/openTransferCase';
import { expect, test } from '../fixtures/workbench';
import { writeEntraCsv } from '../../electron/engine/testing/logs/writeEntraCsv';
import { FindingsPage } from '../pages/FindingsPage';
import { boxOverflowX } from '../pages/boxOverflowX';
import { pageOverflowX } from '../pages/pageOverflowX';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { countOf } from '../pages/countOf';

const count = (n: number) => n.toLocaleString('en-US');

test('findings: run detectors, the list equals the engine, verdict and note are stored in the case and survive a re-run; masked by default', async ({ page, workbench }) => {
  const signins = path.join(workbench.work, 'SigninLogs.csv');
  writeEntraCsv(signins, plantedScenario());
  const transfers = path.join(workbench.work, 'transfer_log.csv');
  writeDemoTransferCsv(transfers);
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  await svc.addSource({ path: signins, kind: 'signin' });
  await svc.addSource({ path: transfers, kind: 'transfer' });

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const findings = new FindingsPage(page);
  await findings.open();
  await expect(page.getByTestId('findings-empty')).toBeVisible();
  // Sign-ins without country or AS: the run looks them up itself (as `analyze` does) and says it read them.
  expect((await svc.ipIntelStatus({})).datasets).toHaveLength(0);

  await page.getByTestId('run-detectors').click();
  await expect(page.getByTestId('run-detectors')).toBeEnabled();
  await expect(page.getByTestId('run-summary')).toContainText('stored');
  await expect(page.getByTestId('run-intel')).toHaveAttribute('data-state', 'used');
  expect((await svc.ipIntelStatus({})).datasets).toHaveLength(2);
  const stored = await svc.listFindings({ limit: 20 });
  expect(stored.total).toBeGreaterThan(0);
  expect(stored.rows.some((f) => f.kind === 'bulk_export')).toBe(true);
  await expect(page.getByTestId('run-summary')).toContainText(`stored ${count(stored.total)} findings`);
  await expect(page.getByTestId('findings-total')).toHaveText(countOf(stored.total, 'finding'));
  await expect(findings.rows).toHaveCount(Math.min(20, stored.total));
  const ids = await findings.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
  expect(ids).toEqual(stored.rows.map((f) => f.id));
  await expect(findings.rows.first().getByTestId('severity')).toHaveText(stored.rows[0]?.severity ?? '');

  const spray = stored.rows.find((f) => f.kind === 'password_spray');
  if (!spray) throw new Error('the planted spray was not found');
  const row = findings.row(spray.id);
  await expect(row.getByTestId('cell-ip')).toHaveText(planted.sprayIp);
  await expect(row.getByTestId('cell-user')).toHaveText(/^\w\*\*\*@\w\*\*\*\.\w+#[0-9a-f]{6} \+\d+$/);
  await row.click();
  await expect(findings.detail.getByTestId('finding-evidence')).toContainText('Accounts tried');
  for (const user of spray.users) await expect(findings.detail).not.toContainText(user);

  await findings.detail.getByTestId('status-confirmed').click();
  await expect(row.getByTestId('cell-status')).toHaveText('confirmed');
  await findings.detail.getByTestId('note-input').fill('Spray from a hosting range; reset the one account that signed in.');
  await findings.detail.getByTestId('note-save').click();
  await expect(row.getByTestId('cell-note')).toHaveText(/^Spray from a hosting range/);
  const after = (await svc.listFindings({ status: 'confirmed' })).rows;
  expect(after.map((f) => [f.id, f.status, f.note])).toEqual([[spray.id, 'confirmed', 'Spray from a hosting range; reset the one account that signed in.']]);
  expect(await pageOverflowX(page)).toBe(0);
  expect(await boxOverflowX(page.getByTestId('findings-table'))).toBe(0);
  expect(await boxOverflowX(findings.detail.getByTestId('member-accounts').locator('table'))).toBe(0);
  await app.screenshot('findings');

  const bulk = stored.rows.find((f) => f.kind === 'bulk_export');
  await findings.row(bulk?.id ?? '').click();
  const facts = findings.detail.getByTestId('export-facts');
  await expect(facts.getByTestId('export-summary')).toContainText('40.0 GB in 1 hour from');
  const reasons = facts.getByTestId('export-reasons');
  await expect(reasons.locator('li[data-code="volume"]')).toContainText('at least 10 floors (10.0 GB) more, and over twice the usual');
  await expect(reasons.locator('li[data-code="no_precedent"]')).toHaveText(/^Larger than any hour of theirs a day or more before \(at most \d+(\.\d)? [kMG]?B\)\.$/);
  await expect(facts.getByTestId('export-hours').locator('tbody tr.selected td').nth(1)).toHaveText('40.0 GB');
  // The pull's hour has too few earlier hours at that time of day for a median: the table says so rather than a bare dash.
  const peak = bulk && bulkExportEvidence(bulk)?.hourly.find((h) => h.value > 0);
  expect(peak?.hourOfDayMedian).toBeNull();
  await expect(facts.getByTestId('export-hours').locator('tbody tr.selected td').nth(2)).toHaveText('too few such hours');
  for (const user of bulk?.users ?? []) await expect(findings.detail).not.toContainText(user);
  await app.screenshot('findings-export');

  await page.getByTestId('run-detectors').click();
  await expect(page.getByTestId('run-detectors')).toBeEnabled();
  await expect(page.getByTestId('run-summary')).toContainText('stored');
  await expect(page.getByTestId('run-stale')).toHaveCount(0);
  await svc.addDismissal({ kind: 'source', value: '192.0.2.250', note: 'a scanner of our own' });
  await page.getByTestId('nav-sources').click();
  await findings.open();
  await expect(page.getByTestId('run-summary')).toContainText(`stored ${count((await svc.lastRun({}))?.total ?? -1)} findings`);
  await expect(page.getByTestId('run-stale')).toContainText('1 change to its sources');
  await page.getByTestId('filter-severity').selectOption('high');
  await expect(findings.rows).toHaveCount((await svc.listFindings({ minSeverity: 'high' })).total);
  await expect(findings.rows.getByText('medium', { exact: true })).toHaveCount(0);
  await page.getByTestId('filter-severity').selectOption('');
  await page.getByTestId('filter-status').selectOption('confirmed');
  await expect(findings.rows).toHaveCount(1);
  await expect(findings.row(spray.id).getByTestId('cell-status')).toHaveText('confirmed');

  await page.getByTestId('reveal-toggle').locator('input').check();
  await expect(findings.row(spray.id).getByTestId('cell-user')).toHaveText(new RegExp(`^${(spray.users[0] ?? '').replace('.', '\\.')} \\+\\d+$`));
  await expect.poll(async () => (await svc.tablePage({ table: 'audit', filters: [{ column: 'action', op: 'eq', value: 'reveal_pii' }] })).total).toBeGreaterThan(0);
});

/** Two weeks of office hours for 12 people moving about 10 MB an hour, an hour when 11 of them download a 12 GB release, and one who pulls 80 GB then. */
function releaseDayCsv(file: string): void {
  const lines = ['timestamp,user_id,bytes_transferred'];
  const day = 86_400_000;
  const start = Date.UTC(2024, 3, 1);
  for (let u = 0; u < 12; u++)
    for (let d = 0; d < 14; d++) for (let h = 9; h < 17; h++) lines.push(`${new Date(start + d * day + h * 3_600_000 + 60_000).toISOString()},staff${u},${(10 + ((d * 7 + h + u) % 5)) * 1e6}`);
  const release = start + 8 * day + 11 * 3_600_000;
  for (let u = 0; u < 11; u++) lines.push(`${new Date(release + 600_000 + u * 1000).toISOString()},staff${u},${12e9 + u * 1e7}`);
  lines.push(`${new Date(release + 900_000).toISOString()},staff11,80000000000`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

test('findings: a crowd hour opens with who moved alike and who was judged alone; masked by default', async ({ page, workbench }) => {
  await openTransferCase(workbench, 'release_day.csv', releaseDayCsv);
  const stored = (await workbench.engine.service.listFindings({ kind: 'bulk_export' })).rows;
  const crowd = stored.find((f) => f.evidence.reason === 'crowd');
  if (!crowd) throw new Error('the release hour was not a crowd');

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const findings = new FindingsPage(page);
  await findings.open();
  await findings.row(crowd.id).click();
  const facts = findings.detail.getByTestId('crowd-facts');
  await expect(facts.getByTestId('crowd-size')).toHaveText(countOf(Number(crowd.evidence.crowdSize), 'user'));
  await expect(facts.getByTestId('crowd-summary')).toContainText('moved alike in the hour from 04-09 11:00 UTC');
  await expect(facts.getByTestId('crowd-others')).toHaveText(/^\d+ other users? flagged that hour moved far more than the crowd/);
  await expect(facts.getByTestId('crowd-members').locator('tbody tr')).toHaveCount(Number(crowd.evidence.crowdSize));
  for (const user of crowd.users) await expect(findings.detail).not.toContainText(user);
  const alone = stored.find((f) => f.users.includes('staff11') && f.evidence.reason !== 'crowd');
  expect(alone?.severity).toBe('high');
  await app.screenshot('findings-crowd');
});

/** Three weeks of a report job: 45 MB every morning at 06:00 UTC and, each Monday, an export of 8, 12 then 10 GB. */
function weeklyJobCsv(file: string): void {
  const lines = ['timestamp,user_id,bytes_transferred'];
  const day = 86_400_000;
  const six = Date.UTC(2024, 3, 1, 6);
  for (let d = 0; d < 21; d++) {
    lines.push(`${new Date(six + d * day + 60_000).toISOString()},svc-report,45000000`);
    if (d % 7 === 0) lines.push(`${new Date(six + d * day + 120_000).toISOString()},svc-report,${[8e9, 12e9, 10e9][d / 7]}`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

test("findings: a weekly job's run below its largest repeat reads under 1× the usual, from the run's total (its excess beyond the usual is 0)", async ({ page, workbench }) => {
  await openTransferCase(workbench, 'weekly_job.csv', weeklyJobCsv);
  const first = (await workbench.engine.service.listFindings({ kind: 'bulk_export' })).rows.find((f) => f.start === '2024-04-01T06:00:00Z');
  const e = first && bulkExportEvidence(first);
  // The 8 GB Monday beside the 12 GB one a week later: a usual of 12.045 GB, nothing beyond it, so usual + excess is not the run.
  expect(e && [e.total, e.usual, e.excess]).toEqual([8.045e9, 12.045e9, 0]);

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const findings = new FindingsPage(page);
  await findings.open();
  await findings.row(first?.id ?? '').click();
  await expect(findings.detail.getByTestId('export-summary')).toContainText('8.0 GB in 1 hour from 04-01 06:00 UTC · 0.7× the usual');
  await app.screenshot('findings-weekly-job');
});
