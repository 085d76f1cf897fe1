import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

describe('combolist detection', () => {
  it('a CSV whose e-mail column is followed by an ISO timestamp is a delimited leak, not a combolist', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 30 }, (_, i) => `DE,C-${100 + i},user${i}@example.net,2022-11-10T14:${String(i).padStart(2, '0')}:27Z,Lindenhofweg ${i}`);
      const s = await engine.service.addSource({ path: writeInput(work, 'export.csv', `land,kunde,email,letzter_login,strasse\n${rows.join('\n')}\n`), kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-delimited', rowsLoaded: 30, rowsRejected: 0 });
    });
  });

  it('email:password lines are still a combolist', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = Array.from({ length: 30 }, (_, i) => `user${i}@example.net:Sommer${i}`);
      const s = await engine.service.addSource({ path: writeInput(work, 'combo.txt', `${lines.join('\n')}\n`), kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-combolist', rowsLoaded: 30, rowsRejected: 0 });
    });
  });
});
