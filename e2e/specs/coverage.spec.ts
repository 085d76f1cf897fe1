import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../electron/engine/demo/seededRandom';
import { cardNumber, frenchIban, nirOf } from '../../electron/engine/testing/leak/identityNumbers';
import { expect, test } from '../fixtures/workbench';
import { writeRetailerLeakCsv } from '../fixtures/writeRetailerLeakCsv';
import { CoveragePage } from '../pages/CoveragePage';
import { pageOverflowX } from '../pages/pageOverflowX';
import { WorkbenchPage } from '../pages/WorkbenchPage';

const count = (n: number) => n.toLocaleString('en-US');
const pct = (v: number) => {
  const p = v * 100;
  return `${p === Math.round(p) ? p.toFixed(0) : p.toFixed(1)} %`;
};

test('PII coverage: counts, per-column shares and classes, hash census and bcrypt costs equal the engine; no personal value shown', async ({
  page,
  workbench,
}) => {
  const file = path.join(workbench.work, 'clients_export.csv');
  const facts = writeRetailerLeakCsv(file, 600);
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  await svc.addSource({ path: file, kind: 'leak' });
  const [engine] = await svc.coverage({});
  if (!engine) throw new Error('no coverage for the leak source');

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const coverage = new CoveragePage(page);
  await coverage.open();

  await expect(page.getByTestId('kpi-records')).toHaveText(count(facts.rows));
  await expect(page.getByTestId('kpi-records')).toHaveText(count(engine.rows));
  await expect(page.getByTestId('kpi-subjects')).toHaveText(count(engine.subjects));
  await expect(page.getByTestId('coverage-chart-data')).toHaveAttribute('data-columns', String(engine.fields.length));
  await expect(page.getByTestId('field-row')).toHaveCount(engine.fields.length);
  for (const f of engine.fields) {
    const row = coverage.field(f.column);
    await expect(row.getByTestId('cell-class')).toContainText(f.dataClass);
    await expect(row.getByTestId('cell-populated')).toHaveText(pct(f.populated));
    await expect(row.getByTestId('cell-valid')).toHaveText(pct(f.valid));
    await expect(row.getByTestId('cell-distinct')).toHaveText(count(f.distinct));
  }
  expect(engine.fields.find((f) => f.column === 'email')?.dataClass).toBe('Email addresses');
  // The legend lists every class present; the KPI counts the personal ones and names those it leaves out.
  const present = new Set(engine.fields.map((f) => f.dataClass));
  const left = ['Identifiers', 'Dates', 'Other'].filter((c) => present.has(c));
  expect(left).toEqual(['Identifiers']);
  await expect(page.getByTestId('kpi-classes')).toHaveText(count(present.size - left.length));
  await expect(page.getByTestId('kpi-classes-note')).toHaveText('identifiers not counted');

  const bcryptTotal = engine.passwordHashes.filter((h) => h.scheme.startsWith('bcrypt')).reduce((s, h) => s + h.count, 0);
  expect(bcryptTotal).toBe(facts.bcrypt);
  for (const h of engine.passwordHashes) await expect(coverage.hash(h.scheme).getByTestId('cell-count')).toHaveText(count(h.count));
  await expect(page.getByTestId('bcrypt-chart-data')).toHaveAttribute('data-total', String(facts.bcrypt));
  await expect(page.getByTestId('bcrypt-chart-data')).toContainText('cost 12');

  await expect(page.getByTestId('coverage-view')).not.toContainText('@example.');
  expect(await pageOverflowX(page)).toBe(0);
  await app.screenshot('coverage');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html[data-theme="dark"]')).toHaveCount(1);
  await app.screenshot('coverage-dark');
});

test('PII coverage: card, bank account and national ID numbers are classes of their own, counted as personal, never shown', async ({ page, workbench }) => {
  const r = seededRandom(44);
  const rows = 300;
  const cards = Array.from({ length: rows }, () => cardNumber(r));
  const lines = ['email;nom;carte_bancaire;iban;numero_securite_sociale;card_last4'];
  for (let i = 0; i < rows; i++)
    lines.push([`client${i}@example.com`, ['Martin', 'Bernard', 'Petit'][i % 3], cards[i], frenchIban(r), nirOf(r), cards[i]?.slice(-4)].join(';'));
  const file = path.join(workbench.work, 'clients_paiement.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const svc = workbench.engine.service;
  await svc.openCase({ dir: workbench.caseDir, create: true });
  await svc.addSource({ path: file, kind: 'leak' });

  const app = new WorkbenchPage(page);
  await app.open(workbench.bridge.url);
  const coverage = new CoveragePage(page);
  await coverage.open();
  const classes: Record<string, string> = {
    carte_bancaire: 'Credit cards',
    iban: 'Bank account numbers',
    numero_securite_sociale: 'Government issued IDs',
    card_last4: 'Partial credit card data',
  };
  for (const [column, dataClass] of Object.entries(classes)) {
    await expect(coverage.field(column).getByTestId('cell-class')).toContainText(dataClass);
    await expect(coverage.field(column).getByTestId('cell-valid')).toHaveText('100 %');
  }
  await expect(page.getByTestId('kpi-classes')).toHaveText('6');
  for (const card of cards.slice(0, 20)) await expect(page.getByTestId('coverage-view')).not.toContainText(card.slice(4, 12));
  expect(await pageOverflowX(page)).toBe(0);
  await app.screenshot('coverage-financial');
});
