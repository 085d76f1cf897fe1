import fs from 'node:fs';
import path from 'node:path';
import { manyTakeovers } from '../../electron/engine/testing/planted/manyTakeovers';
import { limits } from '../../shared/limits';
import { openDemoSigninCase } from '../fixtures/openDemoSigninCase';
import { expect, test } from '../fixtures/workbench';
import { SpikesPage } from '../pages/SpikesPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';

const count = (n: number) => n.toLocaleString('en-US');

test('accounts at risk: with more takeovers than one read, the high-confidence one tops the list and every outcome not dismissed is reachable page by page, in confidence order; the figures above stay the report’s', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  const { stored, listed, dismissed, owners } = manyTakeovers();
  await openDemoSigninCase(workbench, stored);
  const svc = workbench.engine.service;
  expect((await svc.listFindings({ kind: 'account_takeover', undismissed: true, minSeverity: 'medium', limit: 1 })).total).toBeGreaterThan(limits.listItems);

  fs.mkdirSync(path.join(workbench.work, 'out'));
  const report = JSON.parse(fs.readFileSync((await svc.writeReport({ format: 'json', outPath: path.join(workbench.work, 'out', 'r.json') })).outPath, 'utf8')) as {
    summary: { accountsTakenOver: number; credentialsConfirmedValid: number };
  };
  const risk = await svc.accountsAtRisk({});
  expect(report.summary).toMatchObject({ accountsTakenOver: risk.takenOver, credentialsConfirmedValid: risk.credentialsValid });
  expect(risk.ownerSigninsAfterTries).toBe(owners);

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();
  const panel = page.getByTestId('outcomes');
  await expect(panel.getByTestId('outcome-takeovers')).toHaveText(`${count(risk.takenOver)} accounts taken over`);
  await expect(panel.getByTestId('outcome-owner-signins')).toHaveText(`${count(owners)} owners' sign-ins after tries (low)`);
  await expect(panel.getByTestId('outcome-valid')).toHaveText(`${count(risk.credentialsValid)} passwords confirmed valid`);
  await expect(panel.getByTestId('outcome-mfa')).toHaveText(`${count(risk.mfaFatigue)} account under MFA push fatigue`);
  // Stored after 1 022 other takeovers: a read of the first 1 000 per kind, sorted in the screen, tops the list with another.
  await expect(spikes.outcomeRows.first()).toHaveAttribute('data-id', 'ato-high');
  await expect(panel.getByTestId('outcomes-total')).toHaveText(`${count(listed.length)} findings`);
  await expect(panel.getByTestId('outcomes-dismissed')).toContainText(`${dismissed} dismissed findings not listed or counted here`);
  await expect(spikes.outcomeRows).toHaveCount(100);
  await expect(spikes.outcomeRows.first()).toHaveAttribute('data-confidence', 'high');
  await expect(spikes.outcomeDetail.getByTestId('takeover-facts')).toBeVisible();
  await panel.getByTestId('outcomes-dismissed').scrollIntoViewIfNeeded();
  await app.screenshotOf(panel, 'outcomes-list');

  expect(await spikes.everyRowId('outcome-list', 'outcome-row')).toEqual(listed);
  const lastFrom = Math.floor((listed.length - 1) / 100) * 100 + 1;
  await expect(panel.getByTestId('outcome-list').locator('.pager')).toContainText(`${count(lastFrom)}–${count(listed.length)} of ${count(listed.length)}`);
  await expect(spikes.outcomeRows).toHaveCount(listed.length - lastFrom + 1);
  await expect(spikes.outcomeRows.last()).toHaveAttribute('data-kind', 'mfa_fatigue');
  await expect(spikes.outcomeRows.and(page.locator('[data-severity="low"]'))).toHaveCount(0);
  await spikes.outcomeRows.last().scrollIntoViewIfNeeded();
  await app.screenshotOf(panel, 'outcomes-list-last');
});
