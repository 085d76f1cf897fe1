import path from 'node:path';
import { planted, plantedScenario } from '../../electron/engine/testing/planted/plantedScenario';
import { expect, test } from '../fixtures/workbench';
import { writeEmailLeakCsv } from '../../electron/engine/testing/leak/writeEmailLeakCsv';
import { writeEntraCsv } from '../../electron/engine/testing/logs/writeEntraCsv';
import { SpikesPage } from '../pages/SpikesPage';
import { pageOverflowX } from '../pages/pageOverflowX';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { countOf } from '../pages/countOf';
import { corpusFile } from '../../electron/engine/testing/corpusFile';
import { takeoverEvidence } from '../../renderer/src/findings/campaign/evidenceShapes';
import { formatShortUtc } from '../../renderer/src/ui/formatShortUtc';
import { formatUtc } from '../../renderer/src/ui/formatUtc';

const count = (n: number) => n.toLocaleString('en-US');

test('login spikes: chart, tops, reference rule and stored campaigns match the engine; drill-down shows the events; attack sources clear, the rest masked by default', async ({ page, workbench }) => {
  test.setTimeout(180_000);
  const signins = path.join(workbench.work, 'SigninLogs.csv');
  const rows = writeEntraCsv(signins, plantedScenario());
  const leak = path.join(workbench.work, 'leak.csv');
  writeEmailLeakCsv(leak, planted.leakedEmails);
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  expect((await svc.addSource({ path: signins, kind: 'signin' })).rowsLoaded).toBe(rows);
  await svc.addSource({ path: leak, kind: 'leak' });

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();

  const series = await svc.signinSeries({ binMinutes: 5, maxPoints: 720 });
  const failed = series.bins.reduce((s, b) => s + b.failed, 0);
  const success = series.bins.reduce((s, b) => s + b.success, 0);
  expect(failed + success).toBe(rows);
  await expect(spikes.chartData).toHaveAttribute('data-failed', String(failed));
  await expect(spikes.chartData).toHaveAttribute('data-success', String(success));
  await expect(spikes.chartData).toHaveAttribute('data-bin-minutes', String(series.binMinutes));
  await expect(page.getByTestId('kpi-signins')).toHaveText(count(rows));
  await expect(page.getByTestId('kpi-failed')).toHaveText(count(failed));

  const tops = await svc.topSources({ limit: 10 });
  await expect(spikes.topSourceRows).toHaveCount(tops.length);
  await expect(spikes.topSourceRows.first().getByTestId('cell-failed')).toHaveText(count(tops[0]?.failed ?? -1));
  const shownTops = await workbench.engine.api.topSources({ limit: 10 });
  expect(shownTops[0]?.ip).toBe(planted.bruteIp);
  await expect(spikes.topSourceRows.first().getByTestId('cell-ip')).toHaveText(planted.bruteIp);
  const maskedTop = shownTops.findIndex((t) => t.ip?.includes('#'));
  expect(maskedTop).toBeGreaterThan(0);
  await expect(spikes.topSourceRows.nth(maskedTop).getByTestId('cell-ip')).toHaveText(/^\d+\.\d+\.\*\.\*#[0-9a-f]{6}$/);
  const accounts = await svc.topAccounts({ limit: 10 });
  await expect(spikes.topAccountRows.first().getByTestId('cell-failed')).toHaveText(count(accounts[0]?.failed ?? -1));
  await expect(spikes.topAccountRows.first().getByTestId('cell-user')).toHaveText(/^\w\*\*\*@\w\*\*\*\.\w+#[0-9a-f]{6}$/);

  const reference = await svc.loginSpikes({});
  await expect(page.getByTestId('spike-total')).toHaveText(`${countOf(reference.total, 'row')} flagged`);
  await expect(spikes.spikeRows).toHaveCount(Math.min(10, reference.total));
  await expect(spikes.spikeRows.first().getByTestId('cell-failed')).toHaveText(count(reference.rows[0]?.failed ?? -1));

  await expect(page.getByTestId('campaigns-empty')).toBeVisible();
  await page.getByTestId('campaigns').getByTestId('run-detectors').click();
  await expect(spikes.campaignRows.first()).toBeVisible();
  const [stuffings, sprays, brutes] = await Promise.all((['credential_stuffing', 'password_spray', 'brute_force'] as const).map((kind) => svc.listFindings({ kind })));
  const campaigns = (stuffings?.total ?? 0) + (sprays?.total ?? 0) + (brutes?.total ?? 0);
  await expect(page.getByTestId('campaigns').locator('h2')).toHaveText(`Credential campaigns (${count(campaigns)})`);
  await expect(spikes.campaignRows).toHaveCount(campaigns);
  const spray = sprays?.rows.find((f) => f.ips.includes(planted.sprayIp));
  if (!spray) throw new Error('the planted spray was not stored as a campaign');
  await spikes.campaignRow(spray.id).click();
  await expect(spikes.campaignDetail.getByTestId('finding-evidence')).toContainText(/leak/i);
  // The heading gives the window; the facts give its length once (the planted spray's 30 tries 20 s apart), not the times again.
  await expect(spikes.campaignDetail.getByTestId('campaign-duration')).toHaveText('9 min 40 s');
  await expect(spikes.campaignDetail.getByTestId('campaign-facts')).not.toContainText(formatUtc(spray.start));
  const sprayMembers = await svc.findingAccounts({ id: spray.id, limit: 25 });
  await expect(spikes.campaignDetail.getByTestId('member-accounts-total')).toHaveText(countOf(sprayMembers.total, 'account'));
  await expect(spikes.campaignDetail.getByTestId('member-account-row')).toHaveCount(sprayMembers.rows.length);
  await spikes.campaignDetail.getByTestId('campaign-events').click();
  const sprayEvents = await svc.signinEvents({ ip: planted.sprayIp, from: spray.start, to: new Date(Date.parse(spray.end) + 1000).toISOString() });
  await expect(spikes.eventsTotal).toHaveText(`${count(sprayEvents.total)} events`);
  await expect(spikes.events).toContainText(`${formatUtc(spray.start)} → ${formatUtc(spray.end)} UTC`);
  await expect(spikes.events.getByTestId('event-row')).toHaveCount(Math.min(50, sprayEvents.total));
  await expect(spikes.events.getByTestId('cell-ip').first()).toHaveText(planted.sprayIp);
  expect(sprayEvents.rows[0]?.failureReason).toBe('bad_password');
  await expect(spikes.events.getByTestId('cell-outcome').first()).toHaveText('wrong password');
  await expect(spikes.events.getByTestId('cell-outcome').filter({ hasText: '_' })).toHaveCount(0);
  expect(await pageOverflowX(page)).toBe(0);
  const openedId = await spikes.outcomeRows.first().getAttribute('data-id');
  const opened = (await svc.listFindings({ kind: 'account_takeover' })).rows.find((f) => f.id === openedId);
  const openedTakeover = opened && takeoverEvidence(opened);
  if (!openedTakeover) throw new Error('no takeover opened under the campaigns');
  await expect(spikes.outcomeDetail.getByTestId('takeover-summary')).toHaveText(` · ${countOf(openedTakeover.failuresBefore, 'failure')} before · ${countOf(openedTakeover.successes, 'successful sign-in')} from the new source`);
  // A takeover is one sign-in: its heading gives one time, not `10:20 → 10:20`.
  expect(formatShortUtc(opened.start)).toBe(formatShortUtc(opened.end));
  await expect(spikes.outcomeDetail.locator('h3')).toHaveText(`Account takeover · ${formatShortUtc(opened.start)} UTC`);
  await app.screenshot('spikes');

  const exposure = await svc.exposure({ params: { listLimit: 20 } });
  expect(exposure.leakedIdentities).toBe(planted.leakedEmails.length);
  await expect(page.getByTestId('kpi-leaked')).toHaveText(count(exposure.leakedIdentities));
  await expect(page.getByTestId('kpi-seen')).toHaveText(count(exposure.seenInSignins.count));
  await expect(page.getByTestId('kpi-attempted')).toHaveText(count(exposure.attemptedByAttackSources.count));
  await expect(page.getByTestId('kpi-taken')).toHaveText(count(exposure.successfulAfterAttempt.count));
  await expect(page.getByTestId('kpi-ips')).toHaveText(count(exposure.leakedIpsSeen.count));
  const ipsOf = exposure.leakedIpsSeen.leakedIps === 0 ? 'the leak names no last-login IP' : `of ${countOf(exposure.leakedIpsSeen.leakedIps, 'IP')} in the leak`;
  await expect(page.getByTestId('kpi-ips-of')).toHaveText(ipsOf);
  const listed = exposure.successfulAfterAttempt.accounts.length;
  expect(listed).toBeLessThan(exposure.successfulAfterAttempt.count);
  await expect(page.getByTestId('taken-row')).toHaveCount(listed);
  await expect(page.getByTestId('taken-shown')).toHaveText(`First ${count(listed)} of ${countOf(exposure.successfulAfterAttempt.count, 'account')}, earliest success first`);
  const taken = exposure.successfulAfterAttempt.accounts[0];
  if (taken) {
    await page.getByTestId('taken-row').first().click();
    const takenEvents = await svc.signinEvents({ user: taken.user, from: taken.firstAttempt });
    await expect(spikes.eventsTotal).toHaveText(`${count(takenEvents.total)} events`);
    await expect(spikes.events.getByTestId('cell-user').first()).toHaveText(/^\w\*\*\*@\w\*\*\*\.\w+#[0-9a-f]{6}$/);
  }

  await spikes.clickBar(Math.floor((await spikes.bars.count()) / 2));
  await expect(page.getByTestId('signin-events')).toContainText('Bar');
  const from = (await spikes.eventsTotal.getAttribute('data-from')) ?? '';
  const to = (await spikes.eventsTotal.getAttribute('data-to')) ?? '';
  const barEvents = await svc.signinEvents({ from, to });
  expect(barEvents.total).toBeGreaterThan(0);
  await expect(spikes.eventsTotal).toHaveText(`${count(barEvents.total)} events`);

  await page.getByTestId('param-threshold').fill('7');
  const lowered = await svc.loginSpikes({ params: { reference: { minExclusive: 7 } } });
  expect(lowered.total).toBeLessThan(reference.total);
  await expect(page.getByTestId('spike-total')).toHaveText(`${countOf(lowered.total, 'row')} flagged`);

  await spikes.dragChart(0.3, 0.34);
  await expect(page.getByTestId('zoom-out')).toBeVisible();
  await expect(page.getByTestId('signin-events'), "a zoom closes the events of the old range's bar").toHaveCount(0);
  const zFrom = (await spikes.chartData.getAttribute('data-from')) ?? '';
  const zTo = (await spikes.chartData.getAttribute('data-to')) ?? '';
  const zoomed = await svc.signinSeries({ from: zFrom, to: zTo, binMinutes: 1, maxPoints: 720 });
  expect(zoomed.binMinutes).toBeLessThan(series.binMinutes);
  await expect(spikes.chartData).toHaveAttribute('data-bin-minutes', String(zoomed.binMinutes));
  await expect(spikes.chartData).toHaveAttribute('data-failed', String(zoomed.bins.reduce((s, b) => s + b.failed, 0)));
  // The axis spans the zoomed range the screen names, quiet minutes at either end included.
  const minuteIso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  await expect(spikes.chartData).toHaveAttribute('data-first-slot', minuteIso(Date.parse(zFrom)));
  await expect(spikes.chartData).toHaveAttribute('data-last-slot', minuteIso(Date.parse(zTo) - zoomed.binMinutes * 60_000));
  await app.screenshot('spikes-zoomed');

  await page.getByTestId('reveal-toggle').locator('input').check();
  await expect(spikes.topAccountRows.first().getByTestId('cell-user')).toHaveText(/@(corp|mail)\.example$/);
  await expect.poll(async () => (await svc.tablePage({ table: 'audit', filters: [{ column: 'action', op: 'eq', value: 'reveal_pii' }] })).total).toBeGreaterThan(0);
});

test('login spikes: a Windows log with events of unknown outcome shows them as their own series, never as failed', async ({ page, workbench }) => {
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  const evtx = corpusFile('windows_evtx_cc0', 'kerbrute-user-enumeration.evtx');
  expect((await svc.addSource({ path: evtx, kind: 'signin' })).rowsLoaded).toBe(42);
  const series = await svc.signinSeries({ binMinutes: 5, maxPoints: 720 });
  const sum = (k: 'failed' | 'success' | 'unknown') => series.bins.reduce((s, b) => s + b[k], 0);
  expect([sum('failed'), sum('success'), sum('unknown')]).toEqual([37, 3, 2]);

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();
  await expect(spikes.chartData).toHaveAttribute('data-unknown', '2');
  await expect(page.getByTestId('kpi-signins')).toHaveText('42');
  await expect(page.getByTestId('kpi-failed')).toHaveText('37');
  await expect(page.getByTestId('kpi-unknown')).toHaveText('2');
  const lastBin = series.bins[series.bins.length - 1]?.bin ?? '';
  const utc = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
  await expect(page.getByTestId('series-range')).toHaveText(new RegExp(`^Whole case, ${utc(Date.parse(series.bins[0]?.bin ?? ''))} → ${utc(Date.parse(lastBin) + series.binMinutes * 60_000)} UTC · `));
  await expect(spikes.topAccountRows.first().getByTestId('cell-failed')).toHaveText(count((await svc.topAccounts({ limit: 1 }))[0]?.failed ?? -1));
  await expect(spikes.topSourceRows.first().getByTestId('cell-failed')).toHaveText(count((await svc.topSources({ limit: 1 }))[0]?.failed ?? -1));
  await app.screenshot('spikes-unknown-outcome');
});
