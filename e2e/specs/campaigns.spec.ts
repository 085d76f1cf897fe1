import fs from 'node:fs';
import path from 'node:path';
import { takeoverEvidence } from '../../renderer/src/findings/campaign/evidenceShapes';
import { openDemoSigninCase } from '../fixtures/openDemoSigninCase';
import { expect, test } from '../fixtures/workbench';
import { handMadeCampaignFindings } from '../../electron/engine/testing/planted/handMadeCampaign';
import { FindingsPage } from '../pages/FindingsPage';
import { pageOverflowX } from '../pages/pageOverflowX';
import { SpikesPage } from '../pages/SpikesPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { countOf } from '../pages/countOf';

const count = (n: number) => n.toLocaleString('en-US');

test('campaigns: the screens show each campaign with its paged members and takeovers by confidence, numbers equal to the engine; accounts to reset export masked unless opted in', async ({ page, workbench }) => {
  test.setTimeout(120_000);
  await openDemoSigninCase(workbench, handMadeCampaignFindings());
  const svc = workbench.engine.service;

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();

  const kinds = ['credential_stuffing', 'password_spray', 'brute_force'] as const;
  const campaigns = (await Promise.all(kinds.map((kind) => svc.listFindings({ kind })))).flatMap((p) => p.rows);
  await expect(spikes.campaignRows).toHaveCount(campaigns.length);
  const stuffing = campaigns.find((f) => f.id === 'camp-stuffing');
  if (!stuffing) throw new Error('hand-made campaign missing');
  const accounts = await svc.findingAccounts({ id: stuffing.id, limit: 25 });
  const sources = await svc.findingSources({ id: stuffing.id, limit: 25 });
  const row = spikes.campaignRow(stuffing.id);
  await expect(row.getByTestId('cell-accounts')).toHaveText(count(accounts.total));
  await expect(row.getByTestId('cell-sources')).toHaveText(count(sources.total));
  await row.click();
  const detail = spikes.campaignDetail;
  await expect(detail.getByTestId('campaign-accounts')).toHaveText(count(accounts.total));
  await expect(detail.getByTestId('campaign-sources')).toHaveText(count(sources.total));
  await expect(detail.getByTestId('campaign-attempts')).toHaveText(count(Number(stuffing.evidence.attempts)));
  await expect(detail.getByTestId('campaign-takeovers')).toHaveText(count(Number(stuffing.evidence.takeovers)));
  // The network chips are the member sources' own networks: every ASN the Sources tab shows, not only the largest.
  const asns = new Set((await svc.findingSources({ id: stuffing.id, limit: 1000 })).rows.flatMap((s) => (s.asn === null ? [] : [s.asn])));
  await expect(detail.getByTestId('campaign-asns').locator('.chip')).toHaveCount(asns.size);
  await expect(detail.getByTestId('member-accounts-total')).toHaveText(countOf(accounts.total, 'account'));
  await expect(detail.getByTestId('member-account-row')).toHaveCount(accounts.rows.length);
  await expect(detail.getByTestId('member-account-row').first().getByTestId('cell-attempts')).toHaveText(count(accounts.rows[0]?.attempts ?? -1));
  await expect(detail.getByTestId('member-account-row').first().getByTestId('cell-user')).toHaveText(/^\w\*\*\*@\w\*\*\*\.\w+#[0-9a-f]{6}$/);
  await expect(detail.locator('[data-outcome="takeover"]')).toHaveCount(accounts.rows.filter((a) => a.outcome === 'takeover').length);
  expect(await pageOverflowX(page)).toBe(0);
  await detail.getByTestId('campaign-facts').scrollIntoViewIfNeeded();
  await app.screenshot('campaigns-spikes');

  const last = await svc.findingAccounts({ id: stuffing.id, offset: 50, limit: 25 });
  await detail.getByRole('button', { name: 'Next ›' }).click();
  await detail.getByRole('button', { name: 'Next ›' }).click();
  await expect(detail.getByTestId('member-account-row')).toHaveCount(last.rows.length);
  await expect(detail.getByTestId('member-accounts')).toContainText(`51–${count(accounts.total)} of ${count(accounts.total)}`);
  await detail.getByTestId('members-tab-sources').click();
  await expect(detail.getByTestId('member-sources-total')).toHaveText(countOf(sources.total, 'source'));
  await expect(detail.getByTestId('member-source-row').first().getByTestId('cell-attempts')).toHaveText(count(sources.rows[0]?.attempts ?? -1));

  const outcomes = (await Promise.all((['account_takeover', 'credential_valid', 'mfa_fatigue'] as const).map((kind) => svc.listFindings({ kind })))).flatMap((p) => p.rows);
  await expect(spikes.outcomeRows).toHaveCount(outcomes.length);
  const confidences = outcomes.map((f) => takeoverEvidence(f)?.confidence).filter((c) => c !== undefined);
  expect(confidences.sort()).toEqual(['high', 'low', 'medium']);
  expect(await spikes.outcomeRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-confidence')))).toEqual(['high', 'medium', 'low', '', '']);
  const high = outcomes.find((f) => takeoverEvidence(f)?.confidence === 'high');
  const highEvidence = high && takeoverEvidence(high);
  if (!high || !highEvidence) throw new Error('no high-confidence takeover');
  await spikes.outcomeRows.first().click();
  const facts = spikes.outcomeDetail.getByTestId('takeover-facts');
  await expect(facts.getByTestId('takeover-reasons').locator('li')).toHaveCount(highEvidence.reasons.length);
  await expect(facts.getByTestId('usual-row')).toHaveCount(highEvidence.usualSources.length);
  // One rule for every address: a campaign's sources are attack sources, clear everywhere; any other address is a pseudonym.
  const attackSources = new Set<string>();
  for (const f of campaigns) {
    const page = await svc.findingSources({ id: f.id, limit: 1000 });
    expect(page.total).toBeLessThanOrEqual(1000);
    page.rows.forEach((r) => r.ip !== null && attackSources.add(r.ip));
  }
  const suspiciousIp = highEvidence.suspicious.ip ?? 'no address';
  if (attackSources.has(suspiciousIp)) {
    await expect(facts.getByTestId('takeover-reasons')).toContainText(suspiciousIp);
    await expect(facts.getByTestId('suspicious-row').getByTestId('cell-ip')).toHaveText(suspiciousIp);
  } else {
    await expect(facts.getByTestId('takeover-reasons')).not.toContainText(suspiciousIp);
    await expect(facts.getByTestId('suspicious-row').getByTestId('cell-ip')).toHaveText(/^\d+\.\d+\.\*\.\*#[0-9a-f]{6}$/);
  }
  await expect(facts.getByTestId('usual-row').first().getByTestId('cell-ip')).toHaveText(/^(\d+\.\d+\.\*\.\*#[0-9a-f]{6}|—)$/);
  await expect(facts.getByTestId('takeover-account')).toHaveText(/^\w\*\*\*@\w\*\*\*\.\w+#[0-9a-f]{6}$/);
  await spikes.outcomeDetail.scrollIntoViewIfNeeded();
  await app.screenshot('campaigns-takeover');

  const findings = new FindingsPage(page);
  await findings.open();
  await findings.row('valid-1').click();
  const validMembers = await svc.findingAccounts({ id: 'valid-1' });
  await expect(findings.detail.getByTestId('member-accounts-total')).toHaveText(countOf(validMembers.total, 'account'));
  await findings.row(stuffing.id).click();
  await expect(findings.detail.getByTestId('campaign-accounts')).toHaveText(count(accounts.total));
  await expect(findings.detail.getByTestId('member-accounts-total')).toHaveText(countOf(accounts.total, 'account'));
  expect(await pageOverflowX(page)).toBe(0);
  await app.screenshot('campaigns-findings');

  const out = path.join(workbench.work, 'exports');
  fs.mkdirSync(out);
  await page.getByTestId('reset-path').fill(path.join(out, 'reset.csv'));
  await page.getByTestId('reset-export').click();
  const expected = new Set(outcomes.flatMap((f) => f.users));
  for (const f of outcomes) for (const a of (await svc.findingAccounts({ id: f.id })).rows) expected.add(a.user ?? '');
  await expect(page.getByTestId('reset-written')).toContainText(`${count(expected.size)} accounts written`);
  await expect(page.getByTestId('reset-written')).toContainText('account names masked');
  const masked = fs.readFileSync(path.join(out, 'reset.csv'), 'utf8');
  expect(masked).not.toContain('boutique-demo.example');
  expect(masked.trimEnd().split('\r\n')).toHaveLength(expected.size + 1);
  await page.getByTestId('reset-path').fill(path.join(out, 'reset-clear.csv'));
  await page.getByTestId('reset-personal').check();
  await page.getByTestId('reset-export').click();
  await expect(page.getByTestId('reset-written')).toContainText('CONTAINS PERSONAL DATA');
  const clear = fs.readFileSync(path.join(out, 'reset-clear.csv'), 'utf8');
  for (const u of expected) expect(clear).toContain(`${u},reset_password_revoke_sessions`);
  const audit = await svc.tablePage({ table: 'audit', filters: [{ column: 'action', op: 'eq', value: 'reset_accounts_personal_data_opt_in' }] });
  expect(audit.total).toBe(1);
  await page.getByTestId('reset-panel').scrollIntoViewIfNeeded();
  await app.screenshot('campaigns-reset');
});
