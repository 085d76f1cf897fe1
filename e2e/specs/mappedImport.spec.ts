import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/workbench';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('an unknown sign-in CSV is mapped column by column, saved as a preset and loaded', async ({ page, workbench }) => {
  const file = path.join(workbench.work, 'vpn_appliance.csv');
  fs.writeFileSync(
    file,
    ['Horodatage;Compte;Adresse;Résultat', '2026-02-01 08:00:00;alice@corp.example;203.0.113.5;OK', '2026-02-01 08:01:00;bob@corp.example;203.0.113.6;Invalid password'].join('\n'),
  );
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await app.openCase(workbench.caseDir);
  await app.detectSource('signin', file);
  await expect(page.getByTestId('detection-preview')).toContainText('not a format Breachdesk recognises');
  await expect(page.getByTestId('format-select')).toHaveValue('mapped-csv-signin');
  await expect(page.getByTestId('choice-field.ts')).toHaveValue('Horodatage');
  await expect(page.getByTestId('choice-field.user')).toHaveValue('Compte');
  await expect(page.getByTestId('choice-field.result')).toHaveValue('Résultat');
  await expect(page.getByTestId('detection-preview').locator('dt')).toContainText(['Format', 'Time from column', 'User from column', 'Source address from column', 'Result from column', 'App from column', 'User agent from column']);
  await expect(page.getByTestId('detection-preview').locator('dt').filter({ hasText: /_|^ts / })).toHaveCount(0);
  await page.getByTestId('preset-name').fill('VPN appliance');
  await page.getByTestId('preset-save').click();
  await expect(page.getByTestId('preset-select')).toContainText('VPN appliance');
  await app.screenshot('sources-mapping');
  await page.getByTestId('source-add').click();
  await expect(page.getByTestId('source-added')).toContainText('Loaded 2 rows');
  const presets = await workbench.engine.service.listPresets({ kind: 'signin' });
  expect(presets.map((p) => [p.name, p.options['field.user']])).toEqual([['VPN appliance', 'Compte']]);
});
