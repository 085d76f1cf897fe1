import fs from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent } from '../../../sql/sqlString';
import { binaryFormat } from '../../binaryFormat';
import type { Loader } from '../../Loader';
import { columnNames } from './columnNames';
import { leakTable } from './leakTable';
import { zipInventory } from './zipInventory';

/**
 * Caps of an XLSX leak, checked from the ZIP's central directory before the reader opens it: a workbook is read whole
 * in memory by the reader, so its file, its inflated parts, their ratio (a zip bomb) and its rows are bounded.
 */
export const xlsxLimits = { fileBytes: 100 * 1024 * 1024, inflatedBytes: 1024 * 1024 * 1024, ratio: 200, rows: 1_000_000 };

/** A spreadsheet cell as text: dates in ISO 8601, numbers and booleans as written by JavaScript, empty as NULL. */
function cellText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Refuses a workbook over the caps, naming the file and the cap, before anything is inflated. */
function checkCaps(file: string, displayName: string): { macros: boolean } {
  const size = fs.statSync(file).size;
  if (size > xlsxLimits.fileBytes) {
    throw new UserError('bad_input', `${displayName}: the workbook is ${size} bytes, more than the ${xlsxLimits.fileBytes} an XLSX leak may have; save the sheet as CSV UTF-8 and load the CSV.`);
  }
  const members = zipInventory(file);
  if (!members) throw new UserError('bad_input', `${displayName}: expected an XLSX workbook (a ZIP archive with a readable central directory); the file is cut or uses ZIP64.`);
  const inflated = members.reduce((s, m) => s + m.inflated, 0);
  const compressed = members.reduce((s, m) => s + m.compressed, 0);
  if (inflated > xlsxLimits.inflatedBytes || inflated > xlsxLimits.ratio * Math.max(compressed, 1)) {
    throw new UserError(
      'bad_input',
      `${displayName}: the workbook's parts inflate to ${inflated} bytes from ${compressed} (at most ${xlsxLimits.inflatedBytes} bytes and ${xlsxLimits.ratio}× are read); it is refused as a possible zip bomb. Save the sheet as CSV UTF-8 and load the CSV.`,
    );
  }
  return { macros: members.some((m) => /vbaProject\.bin$/i.test(m.name)) };
}

/**
 * Excel workbooks (.xlsx, .xlsm): one sheet (option `sheet`, a name or a 1-based number; the first by default), its
 * first row as the header, every cell as text. Read by read-excel-file (MIT), which parses the sheet's XML and never
 * runs macros; the caps above hold first.
 */
export const leakXlsx: Loader = {
  format: 'leak-xlsx',
  kind: 'leak',
  label: 'Excel workbook (.xlsx / .xlsm), one sheet, first row as header',
  detect(head) {
    return binaryFormat(head)?.format === 'XLSX';
  },
  preview() {
    return {
      mapping: { container: 'XLSX', sheet: 'the first sheet unless option sheet names another', header: 'the first row' },
      notes: [
        `Read without running anything (macros are never run); refused over ${xlsxLimits.fileBytes / 1024 / 1024} MiB, parts inflating past ${xlsxLimits.inflatedBytes / 1024 / 1024} MiB or ${xlsxLimits.ratio}×, or ${xlsxLimits.rows} rows.`,
        'Dates are kept as ISO 8601 text, numbers as written.',
      ],
    };
  },
  async load({ c, file, displayName, sourceId, options }) {
    const { macros } = checkCaps(file, displayName);
    const chosen = options.sheet;
    const sheet = typeof chosen === 'number' ? chosen : typeof chosen === 'string' && chosen !== '' ? (/^[0-9]+$/.test(chosen) ? Number(chosen) : chosen) : 1;
    let data: unknown[][];
    try {
      data = (await readSheet(file, sheet)) as unknown[][];
    } catch (e) {
      throw new UserError('bad_input', `${displayName}: expected an XLSX workbook with sheet ${String(sheet)}: ${(e as Error).message.split('\n')[0] ?? ''}`);
    }
    const [header = [], ...rows] = data;
    if (rows.length > xlsxLimits.rows) {
      throw new UserError('bad_input', `${displayName}: sheet ${String(sheet)} has ${rows.length} rows, more than the ${xlsxLimits.rows} an XLSX leak may have; save it as CSV UTF-8 and load the CSV.`);
    }
    const width = Math.max(header.length, ...rows.map((r) => r.length));
    const names = columnNames(
      Array.from({ length: width }, (_, i) => cellText(header[i]) ?? ''),
      width,
    );
    const table = leakTable(sourceId);
    await c.run(`CREATE TABLE ${table} (_line BIGINT, ${names.map((n) => `${sqlIdent(n)} VARCHAR`).join(', ')})`);
    const appender = await c.createAppender(`leak_${sourceId}`);
    try {
      rows.forEach((row, i) => {
        appender.appendBigInt(BigInt(i + 2));
        for (let col = 0; col < width; col++) {
          const text = cellText(row[col]);
          if (text === null) appender.appendNull();
          else appender.appendVarchar(text);
        }
        appender.endRow();
      });
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    return {
      rowsLoaded: rows.length,
      rejects: [],
      rowsRejected: 0,
      mapping: { container: 'XLSX', sheet: String(sheet), line: '_line is the spreadsheet row number (the header is row 1)', macros: macros ? 'present, not run' : 'none', columns: names },
    };
  },
};
