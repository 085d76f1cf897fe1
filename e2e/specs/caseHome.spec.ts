import path from 'node:path';
import { expect, test } from '../fixtures/workbench';
import { contrastRatio } from '../pages/contrastRatio';
import { WorkbenchPage } from '../pages/WorkbenchPage';

test('case home: create a case by path, find it again under recent cases, switch themes and screens by keyboard', async ({ page, workbench }) => {
  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  await expect(page.getByTestId('case-home')).toBeVisible();
  await app.screenshot('case-home');

  await app.openCase(workbench.caseDir);
  await expect(page.getByTestId('case-name')).toHaveText(`Case: ${path.basename(workbench.caseDir)}`);
  const navIds = await page.locator('nav.sidenav button').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  await page.keyboard.press(`Alt+${navIds.indexOf('nav-data') + 1}`);
  await expect(page.getByTestId('nav-data')).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Switch case' }).click();
  await expect(page.getByRole('button', { name: workbench.caseDir })).toBeVisible();
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('case-path').fill(workbench.caseDir);
  await expect(page.getByTestId('case-open')).toBeEnabled();
  // A primary button's label stays legible on the dark theme's lighter accent (WCAG AA: 4.5 to 1).
  expect(await contrastRatio(page.getByTestId('case-open'))).toBeGreaterThanOrEqual(4.5);
  await app.screenshot('case-home-dark');
  await page.getByTestId('case-path').fill('');
  await page.getByRole('button', { name: workbench.caseDir }).click();
  await expect(page.getByTestId('case-name')).toBeVisible();
});
