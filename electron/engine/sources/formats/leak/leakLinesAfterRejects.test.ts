import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

/** The `_line` of every loaded record with its first field, in file order. */
async function lines(engine: Parameters<typeof sqlOn>[0], id: number): Promise<Array<[number, string]>> {
  const rows = await sqlOn<{ l: number; nom: string }>(engine, `SELECT _line::INTEGER AS l, nom FROM leak_${id} ORDER BY _line`);
  return rows.map((r) => [r.l, r.nom]);
}

describe('leak _line after lines the reader refused', () => {
  it('points every record at the physical line it starts on, one-line records', async () => {
    await withTempCase(async (engine, { work }) => {
      const text = ['nom;prenom;email', 'a;b;a@x.example', 'bad;too;many;fields', 'c;d;c@x.example', 'e;f;e@x.example', 'x;y;z;w', 'q;r;s;t', 'g;h;g@x.example', ''].join('\n');
      const s = await engine.service.addSource({ path: writeInput(work, 'leak.csv', text), kind: 'leak', maxRejectShare: 0.6 });
      expect(s.rowsRejected).toBe(3);
      expect((await engine.service.listRejects({ sourceId: s.id })).map((r) => r.line)).toEqual([3, 6, 7]);
      expect(await lines(engine, s.id)).toEqual([
        [2, 'a'],
        [4, 'c'],
        [5, 'e'],
        [8, 'g'],
      ]);
    });
  });

  it('points every record at the physical line it starts on when fields hold newlines too', async () => {
    await withTempCase(async (engine, { work }) => {
      const text = ['nom;prenom;email', 'a;b;a@x.example', 'bad;too;many;fields', '"c', 'c";d;c@x.example', 'e;f;e@x.example', 'x;y;z;w', 'g;h;g@x.example', ''].join('\n');
      const s = await engine.service.addSource({ path: writeInput(work, 'leak.csv', text), kind: 'leak', maxRejectShare: 0.6 });
      expect((await engine.service.listRejects({ sourceId: s.id })).map((r) => r.line)).toEqual([3, 7]);
      expect(await lines(engine, s.id)).toEqual([
        [2, 'a'],
        [4, 'c\nc'],
        [6, 'e'],
        [8, 'g'],
      ]);
    });
  });
});
