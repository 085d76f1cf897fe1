import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlTable } from '../html/htmlTable';
import { reportCss } from '../html/reportCss';
import { printPdf } from './printPdf';

/** Heights of the block above each table, in CSS pixels, 8 apart across the foot of an A4 page (1,017 pixels of content between the 14 mm margins), so one of them puts the caption on the last line. */
const heights = Array.from({ length: 45 }, (_, i) => 660 + i * 8);

/** The page (1-based) of the first occurrence of every word pdftotext finds in a PDF, and the pages of every occurrence. */
function pagesOf(pdf: string): { first: Map<string, number>; all: Map<string, number[]> } {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  const first = new Map<string, number>();
  const all = new Map<string, number[]>();
  let page = 0;
  for (const m of xml.matchAll(/<page |<word [^>]*>([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else {
      const w = m[1] ?? '';
      if (!first.has(w)) first.set(w, page);
      all.set(w, [...(all.get(w) ?? []), page]);
    }
  }
  return { first, all };
}

describe('report tables as Chromium prints them: a caption or heading never alone at a page foot, no last row alone on a page', () => {
  let work: string;
  let pages: ReturnType<typeof pagesOf>;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-breaks-'));
    const blocks = heights.map((h) => {
      const rows = Array.from({ length: 9 }, (_, i) => [`r${h}x${i}`, i * 1000]);
      return `<div style="break-before: page; height: ${h}px">block ${h}</div>${htmlTable([`head${h}`, 'count'], rows, `cap${h}`)}`;
    });
    const headed = heights.map((h) => `<div style="break-before: page; height: ${h}px">block ${h}</div><h3>heading${h}</h3>${htmlTable([`hh${h}`, 'n'], Array.from({ length: 9 }, (_, i) => [`q${h}x${i}`, i]))}`);
    const long = htmlTable(['longhead', 'n'], Array.from({ length: 120 }, (_, i) => [`long${i}`, i]), 'longcap');
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${reportCss}</style></head><body><main>${blocks.join('')}${headed.join('')}<div style="break-before: page"></div>${long}</main></body></html>`;
    const pdf = path.join(work, 'breaks.pdf');
    fs.writeFileSync(pdf, await printPdf(html));
    pages = pagesOf(pdf);
  }, 120_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('prints each caption and header row on the page of the table’s first three rows', () => {
    const split = heights.filter((h) => new Set([`cap${h}`, `head${h}`, `r${h}x0`, `r${h}x1`, `r${h}x2`].map((w) => pages.first.get(w))).size !== 1);
    expect(split).toEqual([]);
    const broken = heights.filter((h) => pages.first.get(`r${h}x0`) !== pages.first.get(`r${h}x8`));
    expect(broken.length, 'some tables in the sweep must cross a page for the test to mean anything').toBeGreaterThan(5);
  });

  it('prints a heading on the page of the first rows of the table under it', () => {
    const split = heights.filter((h) => new Set([`heading${h}`, `hh${h}`, `q${h}x0`, `q${h}x1`, `q${h}x2`].map((w) => pages.first.get(w))).size !== 1);
    expect(split).toEqual([]);
  });

  it('never leaves a table’s last row alone at the top of a page', () => {
    expect(heights.filter((h) => pages.first.get(`r${h}x7`) !== pages.first.get(`r${h}x8`))).toEqual([]);
    expect(heights.filter((h) => pages.first.get(`q${h}x7`) !== pages.first.get(`q${h}x8`))).toEqual([]);
  });

  it('repeats the header row of a long table on every page it spans (Chromium prints a thead so by default; this keeps it so)', () => {
    const spanned = new Set(Array.from({ length: 120 }, (_, i) => pages.first.get(`long${i}`)));
    expect(spanned.size).toBeGreaterThanOrEqual(2);
    expect(new Set(pages.all.get('longhead'))).toEqual(spanned);
  });
});
