import { insertSignins } from '../../electron/engine/testing/planted/insertSignins';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('infrastructure: looks up the log addresses offline, names known infrastructure and dismissals, masked until revealed and audited', async ({ page, workbench }) => {
  const { engine } = workbench;
  await engine.service.openCase({ dir: workbench.caseDir, create: true });
  const at = Date.parse('2026-07-01T08:00:00Z');
  await insertSignins(engine, [
    { ts: at, user: 'a@corp.example', ip: '8.8.8.8', success: true },
    { ts: at + 60_000, user: 'b@corp.example', ip: '100.64.1.2', success: false },
    { ts: at + 120_000, user: 'c@corp.example', ip: '10.0.0.7', success: false },
  ]);
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await page.getByTestId('nav-infrastructure').click();

  await page.getByTestId('intel-refresh').click();
  await page.getByTestId('intel-counts').waitFor();
  const counts = await engine.service.refreshIpIntel({});
  expect(counts.rebuilt).toBe(false);
  await expect(page.getByTestId('intel-counts')).toHaveText(
    `${counts.addresses} addresses: ${counts.located} with a country or AS, ${counts.labelled} in a labelled range (private, carrier-grade NAT, documentation…).`,
  );
  expect(counts).toMatchObject({ addresses: 3, located: 1, labelled: 2 });
  const status = await engine.service.ipIntelStatus({});
  await expect(page.getByTestId('intel-datasets')).toContainText(`${status.datasets[0]?.name} ${status.datasets[0]?.version}, data of ${status.datasets[0]?.dataDate}`);

  await page.getByTestId('known-cidr').fill('10.0.0.0/33');
  await page.getByTestId('known-add').click();
  await expect(page.getByTestId('known-error')).toContainText('"10.0.0.0/33" is not an IPv4 or IPv6 address or CIDR block');
  await page.getByTestId('known-cidr').fill('10.0.0.9/8');
  await page.getByTestId('known-note').fill('head office');
  await page.getByTestId('known-add').click();
  await expect(page.getByTestId('known-table')).toContainText('10.0.0.0/8');
  await page.getByTestId('known-kind').selectOption('service_account');
  await page.getByTestId('known-account').fill('svc-backup@corp.example');
  await page.getByTestId('known-add').click();
  await expect(page.getByTestId('known-table')).toContainText('s***@c***.example');

  await page.getByTestId('dismissal-value').fill('8.8.8.8');
  await page.getByTestId('dismissal-note').fill('uptime probe');
  await page.getByTestId('dismissal-add').click();
  await expect(page.getByTestId('dismissals-table')).toContainText('8.8.*.*');
  await app.screenshot('infrastructure-masked');

  await page.getByTestId('reveal-toggle').locator('input').check();
  await expect(page.getByTestId('known-table')).toContainText('svc-backup@corp.example');
  await expect(page.getByTestId('dismissals-table')).toContainText('8.8.8.8');
  await app.screenshot('infrastructure-revealed');

  const [office] = await engine.service.listKnownInfrastructure({});
  await page.getByTestId(`known-remove-${office?.id}`).click();
  await expect(page.getByTestId('known-table')).not.toContainText('10.0.0.0/8');
  const audit = await engine.service.tablePage({ table: 'audit', limit: 100 });
  const actions = audit.rows.map((r) => r[audit.columns.findIndex((c) => c.name === 'action')]);
  expect(actions.filter((a) => a === 'add_known_infrastructure')).toHaveLength(2);
  expect(actions.filter((a) => a === 'remove_known_infrastructure')).toHaveLength(1);
  expect(actions.filter((a) => a === 'add_dismissal')).toHaveLength(1);
  expect(actions).toContain('reveal_pii');
});
