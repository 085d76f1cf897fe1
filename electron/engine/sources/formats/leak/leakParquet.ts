import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import type { Loader } from '../../Loader';
import { columnNames } from './columnNames';
import { leakTable } from './leakTable';
import { sniffLeak } from './sniffLeak';
import { privateDirMode, privateFileMode } from '../../../db/makePrivate';

/** Loads a Parquet file (or a gzip of one, inflated into the case's temp folder) with every column cast to text. */
export const leakParquet: Loader = {
  format: 'leak-parquet',
  kind: 'leak',
  label: 'Parquet (gzip too)',
  detect(head) {
    return sniffLeak(head).parquet;
  },
  preview(head) {
    return { mapping: { container: 'Parquet', gzip: String(sniffLeak(head).gzip) }, notes: ['Every column is kept, cast to text.'] };
  },
  async load({ c, file, sourceId, head }) {
    const gzip = sniffLeak(head).gzip;
    let read = file;
    try {
      if (gzip) {
        const { dir } = await queryOne<{ dir: string }>(c, `SELECT current_setting('temp_directory') AS dir`);
        fs.mkdirSync(dir, { recursive: true, mode: privateDirMode });
        read = path.join(dir, `leak-${randomUUID()}.parquet`);
        await pipeline(fs.createReadStream(file, { flags: 'r' }), zlib.createGunzip(), fs.createWriteStream(read, { flags: 'wx', mode: privateFileMode }));
      }
      const scan = `read_parquet(${sqlString(read)}, file_row_number = true)`;
      const found = (await queryRows<{ name: string }>(c, `SELECT column_name AS name FROM (DESCRIBE SELECT * FROM ${scan})`)).map((r) => r.name).filter((n) => n !== 'file_row_number');
      const names = columnNames(found, found.length);
      await c.run(
        `CREATE TABLE ${leakTable(sourceId)} AS
         SELECT (file_row_number + 1)::BIGINT AS _line, ${found.map((f, i) => `${sqlIdent(f)}::VARCHAR AS ${sqlIdent(names[i] as string)}`).join(', ')}
         FROM ${scan} ORDER BY file_row_number`,
      );
      const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM ${leakTable(sourceId)}`);
      return { rowsLoaded: n, rejects: [], rowsRejected: 0, mapping: { container: 'Parquet', gzip, line: '_line is the row number in the file', columns: names } };
    } finally {
      if (read !== file) fs.rmSync(read, { force: true });
    }
  },
};
