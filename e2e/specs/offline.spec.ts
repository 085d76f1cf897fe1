import path from 'node:path';
import { writeBulkTransferCsv } from '../../electron/engine/testing/logs/writeBulkTransferCsv';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('a whole session (open, ingest, chart) makes no request outside the bridge origin', async ({ page, context, workbench }) => {
  const origin = new URL(workbench.bridge.url).origin;
  const requests: string[] = [];
  const foreign: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => foreign.push(`websocket ${ws.url()}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });

  const file = path.join(workbench.work, 'transfer_log.csv');
  const rows = 5000;
  writeBulkTransferCsv(file, rows);
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await app.openCase(workbench.caseDir);
  await app.addSource('transfer', file);
  await expect(page.getByTestId('source-added')).toContainText(`Loaded ${rows.toLocaleString('en-US')} rows`);
  await expect(page.getByTestId('bytes-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();

  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  expect(foreign).toEqual([]);
  expect(requests.filter((u) => u.startsWith(`${origin}/api/`)).length).toBeGreaterThan(0);
});
