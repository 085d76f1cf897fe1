import fs from 'node:fs';
import path from 'node:path';
import { writeDemoTransferCsv } from '../../electron/engine/demo/writeDemoTransferCsv';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('report screen: statement stored in the case, evidence re-verified, an HTML report written as version 1', async ({ page, workbench }) => {
  const file = path.join(workbench.work, 'transfer_log.csv');
  writeDemoTransferCsv(file);
  await workbench.engine.service.openCase({ dir: workbench.caseDir, create: true });
  await workbench.engine.service.addSource({ path: file, kind: 'transfer' });
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await page.getByTestId('nav-report').click();
  await expect(page.getByTestId('evidence-state')).toHaveText('verified');

  await page.getByTestId('statement-measuresTaken').fill('Passwords reset for every leaked account; vendor access revoked.');
  await page.getByTestId('statement-save').click();
  await expect(page.getByText('Saved in the case.')).toBeVisible();
  expect((await workbench.engine.service.reportMeta({})).measuresTaken).toBe('Passwords reset for every leaked account; vendor access revoked.');

  const out = path.join(workbench.work, 'out', 'report.html');
  fs.mkdirSync(path.dirname(out));
  await page.getByTestId('report-path').fill(out);
  await page.getByTestId('report-write').click();
  await expect(page.getByTestId('report-written')).toContainText('Version 1 written');
  await expect(page.getByTestId('report-written')).toContainText('personal data masked');
  await expect(page.getByTestId('versions-table')).toContainText('report.html');
  expect(fs.readFileSync(out, 'utf8')).toContain('Passwords reset for every leaked account');
  await app.screenshot('report-screen');
});
