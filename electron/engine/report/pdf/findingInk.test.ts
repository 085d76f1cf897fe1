import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlTable } from '../html/htmlTable';
import { reportCss } from '../html/reportCss';
import { printPdf } from './printPdf';

/** Pixels per point of the raster the ink is read from (144 dpi). */
const scale = 2;

/** The darkest grey (0 black … 255 white) inside a printed word's box, read from a 144-dpi greyscale raster of its page. */
function ink(pdf: string, word: string): number {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`).exec(xml);
  if (!m) throw new Error(`${word} not printed`);
  const [x0, y0, x1, y1] = m.slice(1, 5).map((v) => Number(v) * scale) as [number, number, number, number];
  const out = path.join(path.dirname(pdf), word);
  execFileSync('pdftoppm', ['-gray', '-r', String(72 * scale), '-f', '1', '-l', '1', '-x', String(Math.floor(x0)), '-y', String(Math.floor(y0)), '-W', String(Math.ceil(x1 - x0)), '-H', String(Math.ceil(y1 - y0)), '-singlefile', pdf, out]);
  const pgm = fs.readFileSync(`${out}.pgm`);
  const header = /^P5\s+\d+\s+\d+\s+255\s/.exec(pgm.toString('latin1', 0, 40))?.[0] ?? '';
  return Math.min(...pgm.subarray(header.length));
}

describe('a finding article as printed: the text of a low finding in the same ink as the others', () => {
  let work: string;
  let pdf: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-ink-'));
    const article = (sev: string, word: string) =>
      `<article class="finding sev-${sev}"><h3><span class="sev-${sev}">${sev.toUpperCase()}</span> · bulk export</h3><p>${word}text moved 1.4 GB</p>${htmlTable(['bulk export', 'value'], [[`${word}cell`, '1.4 GB']])}</article>`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${reportCss}</style></head><body><main>${article('high', 'high')}${article('medium', 'medium')}${article('low', 'low')}</main></body></html>`;
    pdf = path.join(work, 'ink.pdf');
    fs.writeFileSync(pdf, await printPdf(html));
  }, 60_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('prints a low finding’s sentence and table as dark as a high or medium one’s (only its severity label is grey)', () => {
    const body = ink(pdf, 'hightext');
    expect(body).toBeLessThan(60);
    for (const word of ['mediumtext', 'lowtext', 'lowcell']) expect(Math.abs(ink(pdf, word) - body), word).toBeLessThanOrEqual(12);
    expect(ink(pdf, 'LOW')).toBeGreaterThan(body + 30);
  });
});
