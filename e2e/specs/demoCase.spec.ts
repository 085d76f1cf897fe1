import { demoSigninFacts } from '../../electron/engine/demo/demoSigninScenario';
import { makeDemoCase } from '../../electron/engine/demo/makeDemoCase';
import { takeoverEvidence } from '../../renderer/src/findings/campaign/evidenceShapes';
import { expect, test } from '../fixtures/workbench';
import { pageOverflowX } from '../pages/pageOverflowX';
import { SpikesPage } from '../pages/SpikesPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { countOf } from '../pages/countOf';

const count = (n: number) => n.toLocaleString('en-US');

test('demo case: Login spikes shows its campaign with members, the takeover first with its reasons, and the passwords confirmed valid, as the engine stored them', async ({ page, workbench }) => {
  test.setTimeout(120_000);
  await makeDemoCase(workbench.engine, workbench.caseDir);
  const svc = workbench.engine.service;
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();

  const campaigns = (await Promise.all((['credential_stuffing', 'password_spray', 'brute_force'] as const).map((kind) => svc.listFindings({ kind })))).flatMap((p) => p.rows);
  await expect(spikes.campaignRows).toHaveCount(campaigns.length);
  const campaign = campaigns.find((f) => f.evidence.shape === 'distributed');
  if (!campaign) throw new Error('the demo campaign is missing');
  const members = await svc.findingAccounts({ id: campaign.id, limit: 25 });
  expect(members.total).toBe(demoSigninFacts.campaignStaff.length + demoSigninFacts.campaignCustomers.length);
  await spikes.campaignRow(campaign.id).click();
  await expect(spikes.campaignDetail.getByTestId('campaign-accounts')).toHaveText(count(members.total));
  await expect(spikes.campaignDetail.getByTestId('member-accounts-total')).toHaveText(countOf(members.total, 'account'));
  await expect(spikes.campaignDetail.getByTestId('campaign-takeovers')).toHaveText(count(Number(campaign.evidence.takeovers)));
  await expect(spikes.campaignDetail.getByTestId('campaign-valid')).toHaveText(count(demoSigninFacts.confirmedValid.length));
  expect(await pageOverflowX(page)).toBe(0);
  await spikes.campaignDetail.scrollIntoViewIfNeeded();
  await app.screenshot('demo-campaign');
  await app.screenshotOf(page.getByTestId('campaigns'), 'demo-campaign-panel');

  const outcomes = (await Promise.all((['account_takeover', 'credential_valid', 'mfa_fatigue'] as const).map((kind) => svc.listFindings({ kind })))).flatMap((p) => p.rows);
  await expect(spikes.outcomeRows).toHaveCount(outcomes.length);
  const first = spikes.outcomeRows.first();
  await expect(first).toHaveAttribute('data-confidence', 'high');
  await first.click();
  const top = outcomes.find((f) => f.id === (outcomes.find((o) => takeoverEvidence(o)?.confidence === 'high')?.id ?? ''));
  const e = top && takeoverEvidence(top);
  if (!e) throw new Error('no high-confidence takeover in the demo');
  await expect(spikes.outcomeDetail.getByTestId('takeover-reasons').locator('li')).toHaveCount(e.reasons.length);
  await expect(spikes.outcomeDetail.getByTestId('usual-row')).toHaveCount(e.usualSources.length);
  await expect(spikes.outcomeRows.and(page.locator('[data-kind="credential_valid"]'))).toHaveCount(outcomes.filter((f) => f.kind === 'credential_valid').length);
  await spikes.outcomeDetail.scrollIntoViewIfNeeded();
  await app.screenshot('demo-takeover');
  await app.screenshotOf(page.getByTestId('outcomes'), 'demo-outcomes-panel');
});
