import path from 'node:path';
import { writeDemoTransferCsv } from '../../electron/engine/demo/writeDemoTransferCsv';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('data view pages a table in SQL, masks personal data until revealed, filters and facets', async ({ page, workbench }) => {
  const file = path.join(workbench.work, 'transfer_log.csv');
  const rows = writeDemoTransferCsv(file);
  await workbench.engine.service.openCase({ dir: workbench.caseDir, create: true });
  await workbench.engine.service.addSource({ path: file, kind: 'transfer' });
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await page.getByTestId('nav-data').click();
  await page.getByTestId('table-select').selectOption('transfer');
  await expect(page.getByTestId('data-total')).toHaveText(`${rows.toLocaleString('en-US')} rows`);
  const firstUser = page.getByTestId('data-row').first().locator('.cell').nth(1);
  await expect(firstUser).toHaveText(/^u\*+#[0-9a-f]{6}$/);
  await app.screenshot('data-view-masked');

  await page.getByTestId('reveal-toggle').locator('input').check();
  await expect(firstUser).toHaveText(/^user\d{3}$/);
  const audit = await workbench.engine.service.tablePage({ table: 'audit', filters: [{ column: 'action', op: 'eq', value: 'reveal_pii' }] });
  expect(audit.total).toBeGreaterThan(0);

  await page.getByTestId('filter-column').selectOption('user');
  await page.getByTestId('filter-value').fill('svc-backup');
  await page.getByTestId('filter-add').click();
  await expect(page.getByTestId('data-total')).toHaveText('140 rows');
  const bytes = page.getByTestId('data-row').first().locator('.cell[data-column="bytes"]');
  await expect(bytes).toHaveText(/^\d{10}$/);
  expect(await bytes.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  await page.getByTestId('facet-user').click();
  await expect(page.getByTestId('facet-panel')).toContainText('svc-backup');
  await app.screenshot('data-view-filtered');
});
