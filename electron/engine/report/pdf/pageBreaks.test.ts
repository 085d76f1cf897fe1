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

describe('the report as Chromium prints it: a caption, heading or label never alone at a page foot, no last row alone on a page', () => {
  let work: string;
  let pages: ReturnType<typeof pagesOf>;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-breaks-'));
    const blocks = heights.map((h) => {
      const rows = Array.from({ length: 9 }, (_, i) => [`r${h}x${i}`, i * 1000]);
      return `<div style="break-before: page; height: ${h}px">block ${h}</div>${htmlTable([`head${h}`, 'count'], rows, `cap${h}`)}`;
    });
    const headed = heights.map((h) => `<div style="break-before: page; height: ${h}px">block ${h}</div><h3>heading${h}</h3>${htmlTable([`hh${h}`, 'n'], Array.from({ length: 9 }, (_, i) => [`q${h}x${i}`, i]))}`);
    const figures = heights.map(
      (h) =>
        `<div style="break-before: page; height: ${h}px">block ${h}</div><h2>section${h}</h2><p>lead${h} of the section.</p><figure><svg viewBox="0 0 880 240"><text x="10" y="20">chart${h}</text></svg><figcaption>caption${h}</figcaption></figure>`,
    );
    const articles = heights.map(
      (h) =>
        `<section><div style="break-before: page; height: ${h}px">block ${h}</div>${htmlTable(['t', 'n'], [[`last${h}`, 1], [`end${h}`, 2]], `census${h}`)}</section><section><h2>findings${h}</h2><h3>campaigns${h}</h3><p>leadstart${h} ${'a lead paragraph long enough to take two lines of the page '.repeat(2)}leadend${h}</p><article class="finding" style="height: 560px">article${h}</article></section>`,
    );
    const sql = heights.map(
      (h) => `<div style="break-before: page; height: ${h}px">block ${h}</div><h3>step${h}</h3><p>Parameters:</p><pre>params${h}</pre><p>label${h}:</p><pre>${Array.from({ length: 30 }, (_, i) => `sql${h}x${i}`).join('\n')}</pre>`,
    );
    const long = htmlTable(['longhead', 'n'], Array.from({ length: 120 }, (_, i) => [`long${i}`, i]), 'longcap');
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${reportCss}</style></head><body><main>${blocks.join('')}${headed.join('')}${figures.join('')}${articles.join('')}${sql.join('')}<div style="break-before: page"></div>${long}</main></body></html>`;
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

  it('prints a section heading and its lead paragraph on the page of the chart under them', () => {
    const split = heights.filter((h) => new Set([`section${h}`, `lead${h}`, `chart${h}`, `caption${h}`].map((w) => pages.first.get(w))).size !== 1);
    expect(split).toEqual([]);
  });

  it('prints a section heading, its sub-heading and whole lead paragraph on the page of the first finding under them', () => {
    const split = heights.filter((h) => new Set([`findings${h}`, `campaigns${h}`, `leadstart${h}`, `leadend${h}`, `article${h}`].map((w) => pages.first.get(w))).size !== 1);
    expect(split).toEqual([]);
  });

  it('prints the label of a SQL listing on the page where the listing starts, and a step’s heading with its parameters', () => {
    expect(heights.filter((h) => pages.first.get(`label${h}:`) !== pages.first.get(`sql${h}x0`))).toEqual([]);
    expect(heights.filter((h) => pages.first.get(`step${h}`) !== pages.first.get(`params${h}`))).toEqual([]);
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
