import path from 'node:path';
import { _electron as electron } from '@playwright/test';
import { electronBinary } from '../../electron/electronBinary';
import { appRoot } from '../../electron/paths';
import { expect, test } from '../fixtures/workbench';

const binary = electronBinary();

test('the Electron shell opens the workbench with the preload bridge and a locked-down renderer', async ({ workbench }) => {
  test.skip('missing' in binary, `Electron binary unavailable: ${'missing' in binary ? binary.missing : ''}`);
  const main = path.join(appRoot, '.vite', 'build', 'main.js');
  const app = await electron.launch({
    executablePath: 'path' in binary ? binary.path : undefined,
    args: [main],
    env: { ...process.env, BREACHDESK_CASE: workbench.caseDir },
  });
  const win = await app.firstWindow();
  await win.locator('html[data-app-ready="true"]').waitFor();
  await expect(win.getByTestId('case-name')).toBeVisible();
  expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await win.evaluate(() => Object.keys((window as unknown as { breachdesk: { api: object } }).breachdesk.api).length)).toBeGreaterThan(3);
  await win.screenshot({ path: 'test-results/screens/electron-home.png' });
  await app.close();
});
