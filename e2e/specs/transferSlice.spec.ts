import path from 'node:path';
import { formatBytes } from '../../shared/format/formatBytes';
import { writeDemoTransferCsv } from '../../electron/engine/demo/writeDemoTransferCsv';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('add a transfer log, see its row count and the bytes-per-hour chart', async ({ page, workbench }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const file = path.join(workbench.work, 'transfer_log.csv');
  const rows = writeDemoTransferCsv(file);
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await app.openCase(workbench.caseDir);
  await app.detectSource('transfer', file);
  await expect(page.getByTestId('mapping-table')).toContainText('bytes_transferred');
  await expect(page.getByTestId('mapping-table').getByRole('row', { name: 'User user_id', exact: true })).toBeVisible();
  await expect(page.getByTestId('mapping-table').getByRole('row', { name: 'Time timestamp', exact: true })).toBeVisible();
  await expect(page.getByTestId('format-select')).toHaveValue('transfer-csv');
  await expect(page.getByTestId('format-select').locator('option:checked')).toContainText('user_id');
  await app.addSource('transfer', file);

  await expect(page.getByTestId('source-added')).toContainText(`Loaded ${rows.toLocaleString('en-US')} rows`);
  await expect(page.getByTestId('source-rows').first()).toHaveText(rows.toLocaleString('en-US'));
  const chart = page.getByTestId('bytes-chart');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const engineBuckets = await workbench.engine.service.transferPerHour({});
  const engineTotal = engineBuckets.reduce((s, b) => s + b.bytes, 0);
  await expect(chart).toHaveAttribute('data-buckets', String(engineBuckets.length));
  expect(Number(await chart.getAttribute('data-total-bytes'))).toBe(engineTotal);
  expect(Date.parse(engineBuckets[1]?.bucket ?? '') - Date.parse(engineBuckets[0]?.bucket ?? '')).toBe(3_600_000);
  await expect(page.getByTestId('bytes-chart-hint')).toHaveText(`${engineBuckets.length.toLocaleString('en-US')} hours · ${formatBytes(engineTotal)} in total · times in UTC`);
  await expect(chart.locator('.recharts-cartesian-grid-vertical')).toHaveCount(0);
  await app.screenshot('sources-transfer-chart');
  const [source] = await workbench.engine.service.listSources({});
  await page.getByTestId(`source-row-${source?.id}`).click();
  await expect(page.getByTestId('source-sha256-full')).toHaveText(source?.sha256 ?? 'missing');
  await expect(page.getByTestId('rejects-view')).toContainText('No rejected rows.');

  const origin = new URL(workbench.bridge.url).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});

test('a malformed transfer log is refused with file, line, expectation and how to load anyway, the case stays usable, and its good rows load when asked', async ({ page, workbench }) => {
  const fs = await import('node:fs');
  const bad = path.join(workbench.work, 'broken.csv');
  const rows = Array.from({ length: 11 }, (_, i) => `2026-01-01T00:${String(i + 5).padStart(2, '0')}:00Z,b,many`);
  fs.writeFileSync(bad, ['timestamp,user_id,bytes_transferred', '2026-01-01T00:00:00Z,a,1', ...rows, ''].join('\n'));
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await app.openCase(workbench.caseDir);
  await app.addSource('transfer', bad);
  await expect(page.getByTestId('source-error')).toContainText('broken.csv line 3: expected a whole number of bytes in column bytes_transferred, got a 4-character value of letters');
  await expect(page.getByTestId('source-error')).toContainText('--max-reject-share 1');
  await expect(page.getByText('No sources yet')).toBeVisible();
  await app.screenshot('sources-refused');
  await page.getByTestId('source-load-anyway').click();
  await expect(page.getByTestId('source-added')).toHaveText('Loaded 1 row from broken.csv, 11 rejected.');
  await expect(page.getByTestId('source-load-anyway')).toHaveCount(0);
  await page.locator('[data-testid^="source-row-"]').first().click();
  await expect(page.getByTestId('rejects-view')).toContainText('expected a whole number of bytes in column bytes_transferred');
});

test('a small transfer log with one odd line loads its good rows and keeps the odd one as a reject', async ({ page, workbench }) => {
  const fs = await import('node:fs');
  const odd = path.join(workbench.work, 'odd.csv');
  fs.writeFileSync(odd, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,a,1\n2026-01-01T00:05:00Z,b,many\n2026-01-01T00:10:00Z,c,3\n');
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await app.openCase(workbench.caseDir);
  await app.addSource('transfer', odd);
  await expect(page.getByTestId('source-added')).toContainText('Loaded 2 rows');
  await page.getByTestId('source-row-1').click();
  await expect(page.getByTestId('rejects-view')).toContainText('expected a whole number of bytes in column bytes_transferred');
});
