import fs from 'node:fs';
import path from 'node:path';
import { blindTenant } from '../../electron/engine/testing/blind/blindTenant';
import { writeBlindCsv } from '../../electron/engine/testing/blind/writeBlindCsv';
import { expect, test } from '../fixtures/workbench';
import { countOf } from '../pages/countOf';
import { FindingsPage } from '../pages/FindingsPage';
import { pageOverflowX } from '../pages/pageOverflowX';
import { SpikesPage } from '../pages/SpikesPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';

const count = (n: number) => n.toLocaleString('en-US');

/** A figure the written report states, found by the sentence around it. */
function reportFigure(html: string, pattern: RegExp): number {
  const m = pattern.exec(html);
  if (!m?.[1]) throw new Error(`the report states no ${String(pattern)}`);
  return Number(m[1].replaceAll(',', ''));
}

test("mass campaign: on a 1 500-account tenant whose campaigns leave hundreds of owners' own sign-ins after tries (low takeovers), the screens count the real takeovers as the report does and set the low ones apart", async ({ page, workbench }) => {
  test.setTimeout(90_000);
  const svc = workbench.engine.service;
  const input = path.join(workbench.work, 'input');
  const out = path.join(workbench.work, 'exports');
  fs.mkdirSync(input);
  fs.mkdirSync(out);
  const signins = path.join(input, 'SigninLogs_blind.csv');
  const leak = path.join(input, 'leak_blind.csv');
  writeBlindCsv(blindTenant({ seed: 3, accounts: 1500, days: 14, localTime: false }), signins, leak);
  await svc.openCase({ dir: workbench.caseDir, create: true });
  await svc.addSource({ path: leak, kind: 'leak' });
  await svc.addSource({ path: signins, kind: 'signin' });
  await svc.refreshIpIntel({});
  await svc.runDetectors({});

  const total = async (a: Parameters<typeof svc.listFindings>[0]) => (await svc.listFindings({ ...a, limit: 1 })).total;
  const takeovers = await total({ kind: 'account_takeover' });
  const aboveLow = await total({ kind: 'account_takeover', minSeverity: 'medium' });
  const ownerSignins = takeovers - aboveLow;
  const others = (await total({ kind: 'credential_valid' })) + (await total({ kind: 'mfa_fatigue' }));
  // The case is the one this spec is about: a few real takeovers among many more owners' own sign-ins after tries.
  expect(aboveLow).toBeGreaterThan(0);
  expect(ownerSignins).toBeGreaterThan(4 * aboveLow);
  await svc.writeReport({ format: 'html', outPath: path.join(out, 'report.html') });
  const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
  expect(reportFigure(html, /([\d,]+) accounts? taken over \(/)).toBe(aboveLow);
  expect(reportFigure(html, /Not listed here: ([\d,]+) attacked accounts? then signed in by the owner/)).toBe(ownerSignins);
  const toReset = await svc.exportResetAccounts({ outPath: path.join(out, 'engine-reset.csv') });
  expect(reportFigure(html, /Accounts at risk \(([\d,]+) to reset\)/)).toBe(toReset.accounts);

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();
  await expect(spikes.campaignRows).toHaveCount(await total({ kind: 'credential_stuffing' }) + (await total({ kind: 'password_spray' })) + (await total({ kind: 'brute_force' })));
  await spikes.campaignRows.first().click();
  await spikes.campaignDetail.scrollIntoViewIfNeeded();
  expect(await pageOverflowX(page)).toBe(0);
  await app.screenshot('mass-spikes');
  await app.screenshotOf(page.getByTestId('campaigns'), 'mass-campaigns');

  // Accounts at risk: the takeovers the report counts, the owners' own sign-ins after tries apart and out of the list until asked.
  const outcomes = page.getByTestId('outcomes');
  await expect(outcomes.getByTestId('outcome-takeovers')).toHaveText(countOf(aboveLow, 'takeover'));
  await expect(outcomes.getByTestId('outcome-owner-signins')).toHaveText(`${count(ownerSignins)} owners' sign-ins after tries (low)`);
  await expect(spikes.outcomeRows).toHaveCount(aboveLow + others);
  await expect(spikes.outcomeRows.and(page.locator('[data-severity="low"][data-kind="account_takeover"]'))).toHaveCount(0);
  await expect(spikes.outcomeRows.first()).toHaveAttribute('data-confidence', 'high');
  await outcomes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/mass-outcomes-view.png' });
  await app.screenshotOf(outcomes, 'mass-outcomes');
  await outcomes.getByTestId('owner-signins-toggle').click();
  await expect(spikes.outcomeRows).toHaveCount(takeovers + others);
  await expect(spikes.outcomeRows.last()).toHaveAttribute('data-severity', 'low');
  await expect(spikes.outcomeRows.last()).toContainText("Owner's sign-in after tries");
  await app.screenshotOf(outcomes, 'mass-outcomes-shown');

  // Findings filtered to takeovers: the real ones first, each low one named for what it is.
  const findings = new FindingsPage(page);
  await findings.open();
  await page.getByTestId('filter-kind').selectOption('account_takeover');
  await expect(page.getByTestId('findings-total')).toHaveText(countOf(takeovers, 'finding'));
  await expect(findings.rows.first().getByTestId('cell-confidence')).toHaveText(' · high\u00a0confidence');
  expect(await pageOverflowX(page)).toBe(0);
  await app.screenshot('mass-findings');
  const list = page.getByTestId('findings-list');
  const lastPage = `${count(Math.floor((takeovers - 1) / 20) * 20 + 1)}–${count(takeovers)} of ${count(takeovers)}`;
  while (!(await list.locator('.pager').textContent())?.includes(lastPage)) await list.getByRole('button', { name: 'Next ›' }).click();
  await expect(findings.rows.last().getByTestId('cell-confidence')).toHaveText(" · owner's sign-in after tries");
  await app.screenshotOf(list, 'mass-findings-last');
  await page.getByTestId('filter-severity').selectOption('medium');
  await expect(page.getByTestId('findings-total')).toHaveText(countOf(aboveLow, 'finding'));

  // Accounts to reset: the form says the low ones are left out, and writes the engine's count.
  await expect(page.getByTestId('reset-left-out')).toContainText(`${count(ownerSignins)} owners' own sign-ins after tries`);
  await page.getByTestId('reset-path').fill(path.join(out, 'reset.csv'));
  await page.getByTestId('reset-export').click();
  await expect(page.getByTestId('reset-written')).toContainText(`${countOf(toReset.accounts, 'account')} written`);
  await page.getByTestId('reset-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/mass-reset.png' });
});
