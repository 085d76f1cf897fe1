import path from 'node:path';
import { chromium } from '@playwright/test';
import { createEngine } from '../../electron/engine/createEngine';
import { makeDemoCase } from '../../electron/engine/demo/makeDemoCase';
import { launchWithDevTools, packagedApp } from '../fixtures/packagedApp';
import { expect, test } from '../fixtures/workbench';

const app = packagedApp();

test('the packaged app opens the demo case with the preload bridge and a locked-down renderer', async ({ workbench }) => {
  test.skip('missing' in app, `Packaged Electron app unavailable: ${'missing' in app ? app.missing : ''}`);
  const demo = createEngine({ userDataDir: path.join(workbench.work, 'demo-userdata'), transport: 'http' });
  await makeDemoCase(demo, workbench.caseDir);
  demo.close();

  const { child, wsEndpoint } = await launchWithDevTools('path' in app ? app.path : '', { ...process.env, BREACHDESK_CASE: workbench.caseDir });
  try {
    const browser = await chromium.connectOverCDP(wsEndpoint);
    const [context] = browser.contexts();
    if (!context) throw new Error('the packaged app exposed no browser context over CDP');
    const win = context.pages()[0] ?? (await context.waitForEvent('page'));
    await win.locator('html[data-app-ready="true"]').waitFor();
    await expect(win.getByTestId('case-name')).toBeVisible();
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(win.url(), 'the renderer loads from the app:// protocol, never file://').toMatch(/^app:\/\/bundle\//);
    expect(await win.evaluate(() => fetch('file:///etc/hostname').then(() => 'read', () => 'refused')), 'file:// is out of reach with its extra privileges fused off').toBe('refused');
    expect(await win.evaluate(() => fetch('app://bundle/%2e%2e/%2e%2e/package.json').then((r) => r.status, () => 0))).not.toBe(200);
    expect(await win.evaluate(() => Object.keys((window as unknown as { breachdesk: { api: object } }).breachdesk.api).length)).toBeGreaterThan(3);
    await win.screenshot({ path: 'test-results/screens/electron-home.png' });
    await browser.close();
  } finally {
    child.kill();
  }
});
