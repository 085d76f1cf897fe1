import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase } from '../../../testing/withTempCase';
import { writeXlsx, writeZip } from '../../../testing/leak/writeXlsx';
import { xlsxLimits } from './leakXlsx';

describe('XLSX leaks', () => {
  it('loads the first sheet, its first row as the header, every cell as text, _line as the spreadsheet row', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'clients.xlsx');
      writeXlsx(file, [
        ['email', 'password', 'phone', 'born'],
        ['ann@example.test', 'hunter2', 33612345678, null],
        ['bob@example.test', null, null, 1985],
        [null, 'x', null, null],
      ]);
      expect((await engine.service.detectSource({ path: file, kind: 'leak' })).format).toBe('leak-xlsx');
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-xlsx', rowsLoaded: 3, rowsRejected: 0 });
      const rows = await sqlOn<{ l: number; e: string | null; p: string | null; ph: string | null; b: string | null }>(
        engine,
        `SELECT _line::INTEGER AS l, email AS e, password AS p, phone AS ph, born AS b FROM leak_${s.id} ORDER BY _line`,
      );
      expect(rows).toEqual([
        { l: 2, e: 'ann@example.test', p: 'hunter2', ph: '33612345678', b: null },
        { l: 3, e: 'bob@example.test', p: null, ph: null, b: '1985' },
        { l: 4, e: null, p: 'x', ph: null, b: null },
      ]);
    });
  });

  it('refuses a workbook whose parts inflate past the ratio cap before reading it (a zip bomb)', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'bomb.xlsx');
      const zeros = Buffer.alloc(xlsxLimits.ratio * 4096 * 4, 0x30);
      writeXlsx(file, [['email'], ['a@example.test']], [{ name: 'xl/media/padding.bin', data: zeros }]);
      await expect(engine.service.addSource({ path: file, kind: 'leak' })).rejects.toThrow(/bomb\.xlsx: the workbook's parts inflate to \d+ bytes from \d+ .* refused as a possible zip bomb/);
      expect(await engine.service.listSources({})).toEqual([]);
    });
  });

  it('says a workbook with macros is read without running them', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'macro.xlsm');
      writeXlsx(file, [['email'], ['a@example.test']], [{ name: 'xl/vbaProject.bin', data: Buffer.from('not run') }]);
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      const [m] = await sqlOn<{ macros: string }>(engine, `SELECT json_extract_string(mapping, '$.macros') AS macros FROM sources WHERE id = $id`, { id: s.id });
      expect(m?.macros).toBe('present, not run');
    });
  });

  it('refuses a ZIP it cannot inventory, naming the file', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'cut.xlsx');
      writeZip(file, [{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
      const whole = fs.readFileSync(file);
      fs.writeFileSync(file, whole.subarray(0, whole.length - 10));
      await expect(engine.service.addSource({ path: file, kind: 'leak' })).rejects.toThrow(/cut\.xlsx: /);
    });
  });
});
