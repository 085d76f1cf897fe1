import path from 'node:path';
import { writeDemoTransferCsv } from '../../electron/engine/demo/writeDemoTransferCsv';
import { planted, plantedScenario } from '../../electron/engine/testing/planted/plantedScenario';
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

  await page.getByTestId('run-detectors').click();
  await expect(page.getByTestId('run-detectors')).toBeEnabled();
  await expect(page.getByTestId('run-summary')).toContainText('stored');
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
