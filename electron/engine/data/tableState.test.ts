import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { withTempCase } from '../testing/withTempCase';
import { seekRows } from './seekRows';
import { tableState } from './tableState';

describe('table state', () => {
  it('reads the same count and coverage fingerprint alone and alongside a page, and changes with either', async () => {
    await withTempCase(async (engine) => {
      await requireCase(engine.ctx).withConnection(async (c) => {
        await c.run(`CREATE TABLE leak_7 AS SELECT (i + 2)::BIGINT AS _line, 'n' || i AS nom FROM range(500) r(i)`);
        await c.run(`INSERT INTO coverage_field VALUES (7, 1, 'nom', 'Names', NULL, 500, 500, 500), (7, 2, '_line', 'Other', NULL, 500, 500, 500), (8, 1, 'nom', 'Emails', NULL, 1, 1, 1)`);
        const alone = await tableState(c, 'leak_7');
        expect(alone).toEqual({ rows: 500, classes: ['_line\u001fOther', 'nom\u001fNames'].join('\u001e') });
        const span = { from: 10, to: 20, where: ['_line BETWEEN 12 AND 21'] };
        const page = await seekRows(c, 'leak_7', `CAST(_line AS VARCHAR), nom`, 2, span, true);
        expect(page?.state).toEqual(alone);
        expect(page?.rows.map((r) => r[1])).toEqual(Array.from({ length: 10 }, (_, i) => `n${10 + i}`));
        expect((await seekRows(c, 'leak_7', `CAST(_line AS VARCHAR), nom`, 2, { from: 500, to: 500, where: [] }, true))?.state).toEqual(alone);

        await c.run(`UPDATE coverage_field SET data_class = 'Usernames' WHERE source_id = 7 AND column_name = 'nom'`);
        expect((await tableState(c, 'leak_7')).classes).not.toBe(alone.classes);
        await c.run(`INSERT INTO leak_7 VALUES (502, 'n500')`);
        expect((await tableState(c, 'leak_7')).rows).toBe(501);
        expect(await tableState(c, 'audit')).toEqual({ rows: expect.any(Number), classes: '' });
      });
    });
  });
});
