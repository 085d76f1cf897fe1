import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import type { Loader } from '../../Loader';
import { leakTable } from './leakTable';
import { prepareText } from './prepareText';
import { refuseBinary } from './refuseBinary';
import { sniffLeak } from './sniffLeak';

/**
 * An `email:secret` line: the e-mail holds no delimiter of a table (comma, semicolon, pipe, quote), so a CSV row whose
 * e-mail column is followed, without a space, by a `2022-11-10T14:15:27Z` timestamp is not read as a combolist line.
 */
const comboLine = /^[^\s:@,;|"]+@[^\s:@,;|"]+\.[^\s:@,;|"]+:.+$/;

/** True when at least 80% of a head's non-empty lines (and at least one) read `email:secret`. */
function looksLikeCombolist(text: string): boolean {
  const lines = text.split(/\r?\n/).slice(0, 200);
  lines.pop();
  const filled = lines.filter((l) => l.trim() !== '');
  return filled.length > 0 && filled.filter((l) => comboLine.test(l)).length / filled.length >= 0.8;
}

/** Loads a combolist of `email:password` or `email:hash` lines into columns email and secret (split at the first colon). */
export const leakCombolist: Loader = {
  format: 'leak-combolist',
  kind: 'leak',
  label: 'Combolist (email:password or email:hash lines)',
  detect(head) {
    const sniff = sniffLeak(head);
    return !sniff.parquet && sniff.binaryAt < 0 && looksLikeCombolist(sniff.text);
  },
  preview(head) {
    return { mapping: { email: 'text before the first ":"', secret: 'text after it', encoding: sniffLeak(head).encoding }, notes: ['Lines without an email before a colon are rejected.'] };
  },
  async load({ c, file, displayName, sourceId, head }) {
    const sniff = sniffLeak(head);
    refuseBinary(sniff, displayName, 'a combolist');
    const prepared = await prepareText(c, file, sniff);
    const staged = sqlIdent(`leak_combo_${sourceId}`);
    try {
      await c.run(
        `CREATE TEMP TABLE ${staged} AS
         SELECT _line, raw, strpos(raw, ':') AS colon FROM (
           SELECT row_number() OVER () AS _line, raw
           FROM read_csv(${sqlString(prepared.path)}, auto_detect = false, header = false, columns = {'raw': 'VARCHAR'}, delim = chr(1),
                         quote = '', escape = '', compression = ${sqlString(prepared.gzip ? 'gzip' : 'none')}, max_line_size = 8388608, buffer_size = 16777216))
         WHERE raw IS NOT NULL AND trim(raw) <> ''`,
      );
      const ok = `colon > 1 AND contains(left(raw, colon - 1), '@') AND NOT contains(trim(left(raw, colon - 1)), ' ') AND length(raw) > colon`;
      await c.run(
        `CREATE TABLE ${leakTable(sourceId)} AS
         SELECT _line::BIGINT AS _line, trim(left(raw, colon - 1)) AS email, substr(raw, colon + 1) AS secret FROM ${staged} WHERE ${ok} ORDER BY _line`,
      );
      const { loaded, rejected } = await queryOne<{ loaded: number; rejected: number }>(
        c,
        `SELECT count(*) FILTER (WHERE ${ok})::DOUBLE AS loaded, count(*) FILTER (WHERE NOT (${ok}))::DOUBLE AS rejected FROM ${staged}`,
      );
      const bad = await queryRows<{ line: number; raw: string }>(c, `SELECT _line::DOUBLE AS line, left(raw, 2000) AS raw FROM ${staged} WHERE NOT (${ok}) ORDER BY _line LIMIT 10000`);
      await c.run(`DROP TABLE ${staged}`);
      return {
        rowsLoaded: loaded,
        rejects: bad.map((b) => ({ line: b.line, column: null, reason: 'expected email:password or email:hash (an email, a colon, then the secret)', raw: b.raw })),
        rowsRejected: rejected,
        mapping: { container: 'combolist', columns: ['email', 'secret'], encoding: sniff.encoding, gzip: sniff.gzip },
      };
    } finally {
      prepared.cleanup();
    }
  },
};
