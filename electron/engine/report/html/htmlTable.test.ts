import { describe, expect, it } from 'vitest';
import { htmlTable } from './htmlTable';

describe('htmlTable: cells as a report reader reads them', () => {
  it('writes ISO UTC times without the T, Z and fraction, numbers with thousands separators, other text escaped as it is', () => {
    const html = htmlTable(
      ['hour (UTC)', 'user', 'score'],
      [
        ['2024-03-06T02:00:00Z', 'a<b', 15531.8049],
        ['2026-12-07T03:24:49.855Z', '2024-03-06', 4420],
      ],
    );
    expect(html).toContain('<td>2024-03-06 02:00:00</td><td>a&lt;b</td><td class="num">15,531.8</td>');
    expect(html).toContain('<td>2026-12-07 03:24:49</td><td>2024-03-06</td><td class="num">4,420</td>');
  });

  it('right-aligns quantities written as text, as numbers are', () => {
    expect(htmlTable(['amount', 'share', 'name'], [['20.0 GB', '100.0%', '20 GB lane']])).toContain(
      '<td class="num">20.0 GB</td><td class="num">100.0%</td><td>20 GB lane</td>',
    );
  });

  it('writes no empty header row for a key/value table whose headers are all empty', () => {
    const html = htmlTable(['', ''], [['Tool', 'Breachdesk']], 'Provenance', 'kv');
    expect(html).not.toContain('<thead>');
    expect(html).toContain('<caption>Provenance</caption><tbody><tr><td>Tool</td>');
  });

  it('says which table is empty, by its caption, rather than a bare None.', () => {
    expect(htmlTable(['bin (UTC)', 'failed'], [], 'Reference rule rows')).toBe('<p class="empty">Reference rule rows: none.</p>');
    expect(htmlTable(['a'], [], 'Q&A')).toBe('<p class="empty">Q&amp;A: none.</p>');
    expect(htmlTable(['a'], [])).toBe('<p class="empty">None.</p>');
  });
});
