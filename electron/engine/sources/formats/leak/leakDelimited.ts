import { UserError } from '../../../../../shared/userError';
import { sqlString } from '../../../sql/sqlString';
import type { Loader, LoadJob, LoadOptions } from '../../Loader';
import { columnNames } from './columnNames';
import { createLeakTable } from './createLeakTable';
import { csvRejects } from './csvRejects';
import { columnCompression } from './columnCompression';
import { leakLoadFinish } from './finishLeakLoad';
import { prepareText } from './prepareText';
import { refuseBinary } from './refuseBinary';
import { delimName, leakDelimiters, sniffDelimited, type DelimitedShape } from './sniffDelimited';
import { sniffLeak } from './sniffLeak';

/** Reads the analyst's delimiter and header choices; `tab` names the tab character. */
function choices(options: LoadOptions): { delim?: string; header?: boolean } {
  const d = options.delimiter;
  const delim = typeof d === 'string' && d !== '' ? (d === 'tab' || d === '\\t' ? '\t' : d) : undefined;
  const h = options.header;
  const header = typeof h === 'boolean' ? h : h === 'true' ? true : h === 'false' ? false : undefined;
  return { ...(delim ? { delim } : {}), ...(header === undefined ? {} : { header }) };
}

/** Sniffs the shape of a delimited leak or refuses it with a message naming the file. */
function shapeOf(text: string, name: string, options: LoadOptions): DelimitedShape {
  const chosen = choices(options);
  if (chosen.delim && chosen.delim.length !== 1) throw new UserError('invalid_argument', `${name}: the delimiter must be one character or "tab".`);
  const shape = sniffDelimited(text, chosen.delim);
  if (!shape) {
    throw new UserError('bad_input', `${name} line 1: expected delimited text with a consistent number of fields separated by ${leakDelimiters.map(delimName).join(', ')}; found none.`);
  }
  return chosen.header === undefined ? shape : { ...shape, header: chosen.header, titles: chosen.header ? shape.titles : [] };
}

/**
 * Whether every record sat on a line of its own, so that no field holds a line break: the input's lines (LineTally) are
 * exactly the header and the records loaded, none refused, no line ended by a lone carriage return. Unknown for gzip
 * input (its bytes are not its lines); in UTF-16 the count only comes out higher, which keeps the check.
 */
function oneLineRecords(gzip: boolean, headerLines: number, rowsLoaded: number, rowsRejected: number, lineCount: LoadJob['lineCount']): () => Promise<boolean> {
  return async () => {
    if (gzip || rowsRejected > 0 || !lineCount) return false;
    const { lines, loneReturns } = await lineCount();
    return loneReturns === 0 && lines === headerLines + rowsLoaded;
  };
}

/** Loads delimited text (any of , ; | tab, header or not, quoted multi-line fields, UTF-8/16 or Windows-1252, gzip or not), every column kept. */
export const leakDelimited: Loader = {
  format: 'leak-delimited',
  kind: 'leak',
  label: 'Delimited text (CSV/TSV, any delimiter, header or not, UTF-8/UTF-16/Windows-1252, gzip)',
  detect: () => true,
  countsLines: true,
  preview(head, file) {
    const sniff = sniffLeak(head);
    const name = file.split(/[\\/]/).pop() ?? file;
    refuseBinary(sniff, name, 'delimited text');
    const shape = shapeOf(sniff.text, name, {});
    return {
      mapping: {
        delimiter: delimName(shape.delim),
        header: shape.header ? 'first line' : 'none (columns named col1…)',
        encoding: sniff.encoding + (sniff.gzip ? ', gzip' : ''),
        columns: String(shape.columns),
      },
      choices: { delimiter: [',', ';', '|', 'tab'], header: ['true', 'false'] },
      notes: ['Every column is kept as text; data classes are decided from content after loading.'],
    };
  },
  async load({ c, file, displayName, sourceId, head, options, lineCount }) {
    const sniff = sniffLeak(head);
    refuseBinary(sniff, displayName, 'delimited text');
    const shape = shapeOf(sniff.text, displayName, options);
    const titles = shape.header ? shape.titles : [];
    const names = columnNames(titles, shape.columns);
    const prepared = await prepareText(c, file, sniff);
    const rejectsTable = `leak_rej_${sourceId}`;
    const scansTable = `leak_scan_${sourceId}`;
    try {
      const scan = `read_csv(${sqlString(prepared.path)}, auto_detect = false, header = ${shape.header}, delim = ${sqlString(shape.delim)},
        quote = '"', escape = ${sqlString(shape.escape)}, columns = {${names.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}},
        compression = ${sqlString(prepared.gzip ? 'gzip' : 'none')}, max_line_size = 8388608, buffer_size = 16777216,
        store_rejects = true, rejects_table = ${sqlString(rejectsTable)}, rejects_scan = ${sqlString(scansTable)})`;
      const firstLine = shape.header ? 2 : 1;
      const rowsLoaded = await createLeakTable(c, sourceId, scan, names, columnCompression(sniff.text, shape));
      const { rejects, total, lines } = await csvRejects(c, rejectsTable, prepared, `${shape.columns} ${delimName(shape.delim)}-separated fields`);
      await c.run(`DROP TABLE IF EXISTS ${scansTable}`);
      return {
        finish: leakLoadFinish(sourceId, firstLine, lines, oneLineRecords(sniff.gzip, firstLine - 1, rowsLoaded, total, lineCount)),
        rowsLoaded,
        rejects,
        rowsRejected: total,
        mapping: {
          delimiter: delimName(shape.delim),
          header: shape.header,
          escape: shape.escape === '"' ? 'doubled quote' : 'backslash',
          encoding: sniff.encoding,
          gzip: sniff.gzip,
          transcoded: prepared.transcodedFrom !== null,
          columns: names,
        },
      };
    } finally {
      prepared.cleanup();
    }
  },
};
