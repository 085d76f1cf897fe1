import path from 'node:path';
import { formatBytes } from '../../shared/format/formatBytes';
import { demoTransferFacts, writeDemoTransferCsv } from '../../electron/engine/demo/writeDemoTransferCsv';
import { expect, test } from '../fixtures/workbench';
import { ExportsPage } from '../pages/ExportsPage';
import { pageOverflowX } from '../pages/pageOverflowX';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { countOf } from '../pages/countOf';

const count = (n: number) => n.toLocaleString('en-US');

test('export volumes: chart, threshold and both methods match the engine; the vendor pull drills down to its events; masked by default', async ({ page, workbench }) => {
  const file = path.join(workbench.work, 'transfer_log.csv');
  writeDemoTransferCsv(file);
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  await svc.addSource({ path: file, kind: 'transfer' });

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const exportsPage = new ExportsPage(page);
  await exportsPage.open();

  const buckets = await svc.transferPerHour({ maxBuckets: 720 });
  await expect(exportsPage.chartData).toHaveAttribute('data-total', String(buckets.reduce((s, b) => s + b.bytes, 0)));
  await expect(exportsPage.chartData).toHaveAttribute('data-buckets', String(buckets.length));
  const reference = await svc.exportReference({ limit: 500 });
  const stats = reference.stats.find((s) => s.unit === 'bytes');
  const threshold = (stats?.mean ?? 0) + 3 * (stats?.stddev ?? 0);
  expect(Number(await page.getByTestId('kpi-threshold').getAttribute('data-value'))).toBeCloseTo(threshold, 0);
  // The threshold line is named in the legend, not by a label inside the plot that sat over the first bar.
  await expect(page.getByTestId('export-chart').locator('.recharts-legend-wrapper')).toContainText(`Reference threshold, one user-hour (${await page.getByTestId('kpi-threshold').innerText()})`);
  await expect(page.getByTestId('export-chart').locator('.recharts-reference-line')).not.toContainText('threshold');
  await expect(page.getByTestId('kpi-user-hours')).toHaveText(count(stats?.userHours ?? -1));
  const baseline = await svc.exportBaseline({ limit: 500 });
  await expect(page.getByTestId('ref-total')).toHaveText(`${countOf(reference.total, 'user-hour')} flagged`);
  await expect(page.getByTestId('base-total')).toHaveText(`${countOf(baseline.total, 'user-hour')} flagged`);
  await expect(exportsPage.referenceRows).toHaveCount(Math.min(10, reference.total));
  await expect(exportsPage.baselineRows).toHaveCount(Math.min(10, baseline.total));

  const vendorPull = baseline.rows.find((r) => r.user === demoTransferFacts.vendorUser && r.hour === demoTransferFacts.vendorExfilHour);
  expect(vendorPull?.bytes).toBe(demoTransferFacts.vendorExfilBytes);
  expect(baseline.rows.some((r) => r.user === demoTransferFacts.backupUser)).toBe(false);
  const top = exportsPage.topUserRows.first();
  await expect(top.getByTestId('cell-user')).toHaveText(/^v\*+#[0-9a-f]{6}$/);
  await expect(top.getByTestId('cell-ref')).toHaveText(count(reference.rows.filter((r) => r.user === demoTransferFacts.vendorUser).length));
  await expect(top.getByTestId('cell-base')).toHaveText(count(baseline.rows.filter((r) => r.user === demoTransferFacts.vendorUser).length));

  await top.click();
  await expect(exportsPage.userHour).toBeVisible();
  const hours = await svc.userHourSeries({ user: demoTransferFacts.vendorUser });
  const pulled = hours.find((h) => h.hour === demoTransferFacts.vendorExfilHour);
  await expect(page.getByTestId('user-hour-focus')).toHaveAttribute('data-bytes', String(pulled?.bytes));
  const events = await svc.tablePage({
    table: 'transfer',
    sort: { column: 'ts', desc: false },
    filters: [
      { column: 'user', op: 'eq', value: demoTransferFacts.vendorUser },
      { column: 'ts', op: 'contains', value: '2024-03-06 02:' },
    ],
  });
  expect(events.total).toBe(pulled?.events);
  await expect(page.getByTestId('transfer-events-total')).toHaveText(`${count(events.total)} events in this hour`);
  await expect(exportsPage.userHour.getByTestId('transfer-event-row')).toHaveCount(Math.min(25, events.total));
  await expect(exportsPage.userHour.locator('thead th')).toHaveText(['Time (UTC)', 'User', 'Volume']);
  // The demo log names no action, object or address and no line: those columns are left out, the ones it fills shown.
  const unfilled = ['action', 'object', 'ip', 'raw_ref'];
  for (const name of unfilled) expect(events.rows.every((r) => r[events.columns.findIndex((c) => c.name === name)] === null)).toBe(true);
  for (const name of unfilled) await expect(exportsPage.userHour.getByTestId(`cell-${name}`)).toHaveCount(0);
  await expect(exportsPage.userHour.getByTestId('cell-bytes')).toHaveCount(Math.min(25, events.total));
  const firstBytes = Number(events.rows[0]?.[events.columns.findIndex((c) => c.name === 'bytes')]);
  await expect(exportsPage.userHour.getByTestId('cell-bytes').first()).toHaveText(formatBytes(firstBytes));
  await expect(exportsPage.userHour.getByTestId('cell-bytes').first()).toHaveAttribute('title', `${count(firstBytes)} bytes`);
  await expect(exportsPage.userHour.getByTestId('cell-user').first()).toHaveText(/^v\*+#[0-9a-f]{6}$/);
  expect(await pageOverflowX(page)).toBe(0);
  await app.screenshot('exports');

  await page.getByTestId('param-z').fill('20');
  const z20 = await svc.exportReference({ params: { reference: { zLimit: 20 } } });
  expect(z20.total).toBeLessThan(reference.total);
  await expect(page.getByTestId('ref-total')).toHaveText(`${countOf(z20.total, 'user-hour')} flagged`);

  await page.getByTestId('reveal-toggle').locator('input').check();
  await expect(exportsPage.topUserRows.first().getByTestId('cell-user')).toHaveText(demoTransferFacts.vendorUser);
  await expect(exportsPage.userHour.getByTestId('cell-user').first()).toHaveText(demoTransferFacts.vendorUser);
});
