import fs from 'node:fs';
import type { CampaignEvidence } from '../../shared/api/findingEvidence';
import path from 'node:path';
import { campaign } from '../../electron/engine/testing/planted/handMadeCampaign';
import { memberAccount, type FindingRow } from '../../electron/engine/testing/planted/insertFindingRows';
import { openDemoSigninCase } from '../fixtures/openDemoSigninCase';
import { expect, test } from '../fixtures/workbench';
import { SpikesPage } from '../pages/SpikesPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';

const count = (n: number) => n.toLocaleString('en-US');

/** A campaign's findings/2 evidence with hand-set counts. */
const evidenceOf = (
  shape: CampaignEvidence['shape'],
  windowStart: string,
  windowEnd: string,
  attempts: number,
  memberAccounts: number,
  memberSources: number,
): CampaignEvidence => campaign({ shape, windowStart, windowEnd, attempts, memberAccounts, memberSources });

/** A hand-made brute-force campaign against one account from one address (findings/2 evidence), `k` apart in time. */
function brute(k: number, status?: string): FindingRow {
  const start = new Date(Date.UTC(2024, 2, 5) + k * 60_000).toISOString().replace('.000Z', 'Z');
  const user = `agent${String(k % 500).padStart(3, '0')}@boutique-demo.example`;
  return {
    id: `brute-${String(k).padStart(4, '0')}`,
    kind: 'brute_force',
    severity: 'medium',
    ips: [`198.51.100.${k % 250}`],
    users: [user],
    start,
    end: start,
    status,
    evidence: { ...evidenceOf('brute_force', start, start, 20, 1, 1) },
  };
}

/** 1 010 brute-force campaigns (more than one read of 1 000 per kind), 3 of them dismissed, and a stuffing and a spray, one of them dismissed. */
function manyCampaigns(): FindingRow[] {
  const users = Array.from({ length: 30 }, (_, k) => `agent${String(600 + k).padStart(3, '0')}@boutique-demo.example`);
  return [
    {
      id: 'stuffing-1',
      kind: 'credential_stuffing',
      severity: 'high',
      ips: ['203.0.113.5'],
      users,
      members: {
        accounts: users.map((u) => memberAccount(u, { attempts: 3, firstSeen: '2024-03-04T10:00:00Z', lastSeen: '2024-03-04T11:00:00Z' })),
        sources: [
          {
            ip: '203.0.113.5',
            attempts: 90,
            accounts: 30,
            asn: null,
            country: null,
            rangeLabel: null,
            firstSeen: '2024-03-04T10:00:00Z',
            lastSeen: '2024-03-04T11:00:00Z',
          },
        ],
      },
      start: '2024-03-04T10:00:00Z',
      end: '2024-03-04T11:00:00Z',
      evidence: { ...evidenceOf('distributed', '2024-03-04T10:00:00Z', '2024-03-04T11:00:00Z', 90, 30, 1) },
    },
    {
      id: 'spray-dismissed',
      kind: 'password_spray',
      severity: 'high',
      users,
      start: '2024-03-04T12:00:00Z',
      end: '2024-03-04T12:10:00Z',
      evidence: { ...evidenceOf('spray', '2024-03-04T12:00:00Z', '2024-03-04T12:10:00Z', 30, 30, 1) },
      status: 'dismissed',
    },
    ...Array.from({ length: 1010 }, (_, k) => brute(k, k === 2 || k === 500 || k === 1009 ? 'dismissed' : undefined)),
  ];
}

test('campaigns list: every campaign not dismissed reachable page by page, its total the report’s, the dismissed ones counted apart', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  const stored = manyCampaigns();
  await openDemoSigninCase(workbench, stored);
  const svc = workbench.engine.service;
  const listed = stored.filter((f) => f.status !== 'dismissed').map((f) => f.id);
  expect(listed).toHaveLength(1008);

  fs.mkdirSync(path.join(workbench.work, 'out'));
  const report = JSON.parse(
    fs.readFileSync((await svc.writeReport({ format: 'json', outPath: path.join(workbench.work, 'out', 'r.json') })).outPath, 'utf8'),
  ) as { summary: { campaigns: number } };
  expect(report.summary.campaigns).toBe(listed.length);

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const spikes = new SpikesPage(page);
  await spikes.open();
  const panel = page.getByTestId('campaigns');
  await expect(panel.locator('h2')).toHaveText(`Credential campaigns (${count(listed.length)})`);
  await expect(panel.getByTestId('campaigns-total')).toHaveText(`${count(listed.length)} campaigns`);
  await expect(panel.getByTestId('campaigns-dismissed')).toContainText('4 dismissed campaigns not listed or counted here');
  await expect(spikes.campaignRows).toHaveCount(100);
  await panel.getByTestId('campaigns-dismissed').scrollIntoViewIfNeeded();
  await app.screenshotOf(panel, 'campaigns-list');

  const list = panel.getByTestId('campaign-list');
  const seen: string[] = [];
  for (let pageNo = 1; ; pageNo++) {
    const from = (pageNo - 1) * 100 + 1;
    await expect(list.locator('.pager')).toContainText(`${count(from)}–${count(Math.min(listed.length, from + 99))} of ${count(listed.length)}`);
    // The pager turns at once; the rows once their page is read.
    await expect(spikes.campaignRows.first()).toHaveAttribute('data-id', listed[from - 1] ?? '');
    seen.push(...(await spikes.campaignRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''))));
    const next = list.getByRole('button', { name: 'Next ›' });
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(seen).toEqual(listed);
  await expect(spikes.campaignRows).toHaveCount(8);
  await expect(spikes.campaignRow('brute-1008')).toBeVisible();
});
