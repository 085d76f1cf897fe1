import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../sql/queryRows';
import { sqlString } from '../../../sql/sqlString';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { stageCsv } from './stageCsv';

const header = 'TimeGenerated [UTC],UserPrincipalName,IPAddress,ResultType';
const good = (k: number): string => `${new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString()},u${k}@x.example,203.0.113.${k % 250},${k % 2 ? '50126' : '0'}`;

/** The staging as it was first written: every record's text stored, `ln` from a count of the refused lines before it. */
function straightforwardSql(file: string): string {
  const read = `read_csv(${sqlString(file)}, header = true, all_varchar = true, store_rejects = true, rejects_table = 'old_rej', rejects_scan = 'old_scan')`;
  const skipped = `(SELECT line - 2 - (row_number() OVER (ORDER BY line) - 1) AS g FROM (SELECT DISTINCT line FROM old_rej))`;
  return `CREATE TEMP TABLE old_docs AS SELECT * FROM ${read};
    CREATE TEMP TABLE old AS SELECT i + 2 + (SELECT count(*) FROM ${skipped} WHERE g <= i) AS ln, raw, * EXCLUDE (i, raw) FROM (
      SELECT rowid - (SELECT min(rowid) FROM old_docs) AS i, CAST(d AS VARCHAR) AS raw, d.* FROM old_docs d)`;
}

describe('CSV staging', () => {
  it('gives every record the same line and text as storing the text did, with and without refused lines', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-stage-'));
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      for (const [name, lines] of [
        ['clean.csv', [header, good(1), good(2), good(3)]],
        ['refused.csv', [header, good(1), 'too,many,fields,here,now', good(3), 'a,b,c,d,e,f', good(5), good(6)]],
      ] as const) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, lines.join('\n'));
        const staged = await stageCsv(c, file, `s_${name.split('.')[0]}`);
        for (const sql of straightforwardSql(file).split(';')) await c.run(sql);
        const now = await queryRows(c, `SELECT ln::INTEGER AS ln, raw, "UserPrincipalName" AS u FROM ${`s_${name.split('.')[0]}`} ORDER BY ln`);
        const before = await queryRows(c, `SELECT ln::INTEGER AS ln, raw, "UserPrincipalName" AS u FROM old ORDER BY ln`);
        expect(now, name).toEqual(before);
        expect(now.length, name).toBeGreaterThan(2);
        if (name === 'refused.csv') {
          expect(now.map((r) => (r as { ln: number }).ln)).toEqual([2, 4, 6, 7]);
          expect(staged.rejected).toBe(2);
        }
        for (const t of ['old', 'old_docs', 'old_rej', 'old_scan']) await c.run(`DROP TABLE ${t}`);
      }
    } finally {
      c.closeSync();
      db.closeSync();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the text and line of a record the mapping rejects, after a line the reader refused', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [header, good(1), 'too,many,fields,here,now', good(3), 'yesterday,u4@x.example,203.0.113.4,0', ...Array.from({ length: 300 }, (_, k) => good(k + 5))];
      const s = await engine.service.addSource({ path: writeInput(work, 'signins.csv', lines.join('\n')), kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 302, rowsRejected: 2 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.find((r) => r.line === 5)).toMatchObject({
        raw: "{'TimeGenerated [UTC]': yesterday, 'UserPrincipalName': u4@x.example, 'IPAddress': 203.0.113.4, 'ResultType': 0}",
      });
      expect(rejects.find((r) => r.line === 5)?.reason).toMatch(/expected a time/);
    });
  });
});
