import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/seededRandom';
import { cardNumber, nirOf } from '../testing/leak/identityNumbers';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** The report's GDPR section for a case holding one leak of `columns` (header → a value per record). */
async function gdprSection(columns: Record<string, (r: () => number, i: number) => string>): Promise<string> {
  let section = '';
  await withTempCase(async (engine, { work }) => {
    const r = seededRandom(21);
    const headers = Object.keys(columns);
    const lines = Array.from({ length: 40 }, (_, i) => headers.map((h) => (columns[h] as (r: () => number, i: number) => string)(r, i)).join(','));
    await engine.service.addSource({ path: writeInput(work, 'leak.csv', `${headers.join(',')}\n${lines.join('\n')}\n`), kind: 'leak' });
    fs.mkdirSync(path.join(work, 'out'));
    const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'out', 'r.html') })).outPath, 'utf8');
    section = html.slice(html.indexOf('<section id="gdpr">'));
  });
  return section;
}

describe('the Art. 33 facts say when the leak likely makes a high risk to the people (Art. 34)', () => {
  it('names the card and national ID numbers held in clear, with their consequences', async () => {
    const gdpr = await gdprSection({ email: (_, i) => `p${i}@example.com`, cb: (r) => cardNumber(r), nir: (r) => nirOf(r) });
    expect(gdpr).toContain('Likely a high risk to the people (Art. 34');
    expect(gdpr).toContain('the leak holds Credit cards, Government issued IDs in clear.');
    expect(gdpr).toContain('card-not-present fraud');
    expect(gdpr).toContain('data-art34="high"');
  });

  it('claims no high risk for names and e-mail addresses alone, and says that none of those categories is there', async () => {
    const gdpr = await gdprSection({ email: (_, i) => `p${i}@example.com`, nom: (_, i) => ['Martin', 'Bernard', 'Durand'][i % 3] as string });
    expect(gdpr).toContain('Confidentiality breach');
    expect(gdpr).not.toContain('Likely a high risk');
    expect(gdpr).toContain('data-art34="not-indicated"');
  });
});
