import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { seededRandom } from '../demo/seededRandom';

/** A synthetic leak whose phone column is base64 ciphertext, under a French header that says so. */
function leakCsv(): string {
  const r = seededRandom(33);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));
  const rows = Array.from({ length: 150 }, (_, i) => `client${i}@exemple.fr;${bytes(24).toString('base64')};${String(75000 + i)}`);
  return `email;telephone_chiffre;code_postal\n${rows.join('\n')}\n`;
}

describe('an encrypted column keeps its class', () => {
  it('telephone_chiffre holding ciphertext is Phone numbers (encrypted), and the Art. 33 facts name the category and say it is encrypted', async () => {
    await withTempCase(async (engine, { work }) => {
      const s = await engine.service.addSource({ path: writeInput(work, 'clients.csv', leakCsv()), kind: 'leak' });
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      const phone = cov?.fields.find((f) => f.column === 'telephone_chiffre');
      expect(phone).toMatchObject({ dataClass: 'Phone numbers (encrypted)', hint: 'Phone numbers', valid: 1 });
      expect(cov?.fields.map((f) => f.dataClass)).not.toContain('Encrypted data');

      const out = path.join(work, 'out');
      fs.mkdirSync(out);
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(out, 'r.html') })).outPath, 'utf8');
      expect(html).toMatch(/categories of personal data \([^)]*Phone numbers \(encrypted\)/);
      expect(html).toContain('The values of one category (Phone numbers) are encrypted in the leak');
      expect(html).toContain('The phone numbers are encrypted in the leak: no direct exposure unless the key was also compromised');
      const md = fs.readFileSync((await engine.service.writeReport({ format: 'md', outPath: path.join(out, 'r.md') })).outPath, 'utf8');
      expect(md).toMatch(/categories: [^\n]*Phone numbers \(encrypted\)/);
    });
  });
});
