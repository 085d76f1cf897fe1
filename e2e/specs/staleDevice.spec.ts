import { staleDeviceDomainLog } from '../../electron/engine/testing/blindWindows/staleDeviceDomainLog';
import { writeWindowsXml } from '../../electron/engine/testing/blindWindows/writeWindowsXml';
import { campaignKinds } from '../../renderer/src/findings/campaign/campaignKinds';
import { expect, test } from '../fixtures/workbench';
import { pageOverflowX } from '../pages/pageOverflowX';
import { SpikesPage } from '../pages/SpikesPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test("login spikes: a brute force right after the account's own password change shows as the owner's likely device, medium, with the change, lockout and sign-in to confirm", async ({
  page,
  workbench,
}) => {
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  for (const file of writeWindowsXml(staleDeviceDomainLog().events, workbench.work, 'collector')) await svc.addSource({ path: file, kind: 'signin' });
  await svc.runDetectors({});
  const bruteForces = (await svc.listFindings({ kind: 'brute_force' })).rows;
  const stale = bruteForces.filter((f) => f.evidence.staleDevice);
  // anna.keller and fay.roth: each a device after her own change; carl.braun (no change) and dora.wolf (another account tried there) stay as they were.
  expect(stale.map((f) => f.severity)).toEqual(['medium', 'medium']);
  expect(bruteForces.filter((f) => !f.evidence.staleDevice).some((f) => f.severity === 'critical')).toBe(true);

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();
  await expect(spikes.campaignRows).toHaveCount((await Promise.all(campaignKinds.map((kind) => svc.listFindings({ kind })))).reduce((n, p) => n + p.total, 0));
  const anna = stale.find((f) => (f.evidence.staleDevice as { lockoutAt: string | null } | undefined)?.lockoutAt);
  if (!anna) throw new Error('the locked-out stale device is missing');
  await spikes.campaignRow(anna.id).click();
  const facts = spikes.campaignDetail.getByTestId('campaign-stale-device');
  await expect(facts).toContainText('password changed by the owner at 2027-02-04 09:00:00');
  await expect(facts).toContainText('locked out at 2027-02-04 13:25:00');
  await expect(facts).toContainText('the account signed in from the same address at 2027-02-04 15:10:00 UTC; confirm the device with the owner');
  expect(await pageOverflowX(page)).toBe(0);
  await spikes.campaignDetail.getByTestId('campaign-facts').scrollIntoViewIfNeeded();
  await app.screenshot('campaign-stale-device');
});
