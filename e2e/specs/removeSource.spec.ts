import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('a source loaded by mistake is removed from the Sources screen with a reason, the file left as it was', async ({ page, workbench }) => {
  const keep = path.join(workbench.work, 'keep.csv');
  const wrong = path.join(workbench.work, 'wrong.csv');
  fs.writeFileSync(keep, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,a,10\n');
  fs.writeFileSync(wrong, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,b,20\n2026-01-01T01:00:00Z,c,30\n');
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await app.openCase(workbench.caseDir);
  await app.addSource('transfer', keep);
  await app.addSource('transfer', wrong);
  await page.getByTestId('source-row-2').click();
  await expect(page.getByTestId('remove-source-button')).toBeDisabled();
  await page.getByTestId('remove-source-reason').fill('wrong host');
  await page.getByTestId('remove-source-button').click();
  await expect(page.getByTestId('source-row-2')).toHaveCount(0);
  await expect(page.getByTestId('source-row-1')).toBeVisible();
  const sources = await workbench.engine.service.listSources({});
  expect(sources.map((s) => s.id)).toEqual([1]);
  expect(fs.existsSync(wrong)).toBe(true);
});
