import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { TableExportDto } from '../../../shared/api/reportApi';
import type { DataApi } from '../../../shared/api/dataApi';
import { csvLine } from './tables/csvCell';

/** What to export: a data view (table, sort, filters) and whether values are revealed (audited by tablePage). */
export interface TableExportRequest {
  table: string;
  outPath: string;
  sort?: { column: string; desc: boolean } | undefined;
  filters: Array<{ column: string; op: 'contains' | 'eq' | 'isnull' | 'notnull'; value: string }>;
  reveal: boolean;
}

/** Streams a data view to CSV page by page through tablePage (never a whole table in memory), masked unless revealed (each revealed page is audited). */
export async function exportTableCsv(api: Pick<DataApi, 'tablePage'>, req: TableExportRequest, pageSize = 500): Promise<TableExportDto> {
  const tmp = `${req.outPath}.partial-${process.pid}`;
  const fd = fs.openSync(tmp, 'wx');
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const put = (s: string) => {
    const b = Buffer.from(s);
    fs.writeSync(fd, b);
    hash.update(b);
    bytes += b.length;
  };
  try {
    put('\uFEFF');
    for (let offset = 0; ; offset += pageSize) {
      const page = await api.tablePage({ table: req.table, offset, limit: pageSize, sort: req.sort, filters: req.filters, reveal: req.reveal });
      if (offset === 0) put(csvLine(page.columns.map((c) => c.name)));
      for (const r of page.rows) put(csvLine(r));
      rows += page.rows.length;
      if (page.rows.length < pageSize || offset + page.rows.length >= page.total) break;
    }
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, req.outPath);
  return { table: req.table, outPath: req.outPath, rows, bytes, sha256: hash.digest('hex'), revealed: req.reveal };
}
