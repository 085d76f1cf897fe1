import { valueShape } from '../../valueShape';
import { hexLiteralText } from './binaryValueText';

/** One row of an INSERT's VALUES list: its values (NULL as null) or why it could not be read. */
export type SqlRow = { line: number; values: Array<string | null> } | { line: number; error: string; raw: string };

const escapes: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };

/** Turns a quoted value's unescaped characters, its introducer (`_binary`, `_latin1`…, lower case, or '') and its position in the row into the value loaded. */
export type SqlLiteral = (chars: string, introducer: string, index: number) => string;

/**
 * Reads the `(…),(…)` rows of an INSERT from `at`, MySQL-style: quoted strings with backslash escapes
 * and doubled quotes, NULL, bare numbers and literals (0x… and X'…' as their hex digits, why: a SHA-1 column dumped
 * with --hex-blob read as `0x…` text was counted as plaintext-looking passwords, unless hexLiteralText finds long
 * printable text in them; b'…' kept as text). Plain, N'…'
 * and introduced (`_binary '…'`) quoted values go through `literal`, which decides text or hex (dumpLiteralText).
 * `line` is the statement's first line; each row reports the line it starts on.
 */
export function* parseSqlRows(sql: string, at: number, line: number, literal: SqlLiteral): Generator<SqlRow> {
  let i = 0;
  let ln = line;
  const n = sql.length;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (sql.charCodeAt(k) === 10) ln++;
    i = to;
  };
  advance(at);
  const skipSpace = () => {
    let k = i;
    while (k < n && /\s/.test(sql[k] as string)) k++;
    advance(k);
  };
  while (true) {
    skipSpace();
    if (i < n && sql[i] === ',') {
      advance(i + 1);
      skipSpace();
    }
    if (i >= n) return;
    const rowStart = i;
    const rowLine = ln;
    if (sql[i] !== '(') {
      yield { line: rowLine, error: `expected "(" starting a row of values, got ${valueShape(sql.slice(i, i + 20))}`, raw: sql.slice(i, i + 200) };
      return;
    }
    advance(i + 1);
    const values: Array<string | null> = [];
    let error: string | null = null;
    while (error === null) {
      skipSpace();
      let c = sql[i];
      if (c === ')' && values.length === 0) {
        advance(i + 1);
        break;
      }
      let prefix = '';
      let introducer = '';
      if (c !== "'" && c !== '"') {
        const m = /^(_[A-Za-z0-9]+|[xXbBnN])(?=\s*')/.exec(sql.slice(i, i + 40));
        if (m && /^_/.test(m[1] as string)) {
          introducer = (m[1] as string).toLowerCase();
          advance(i + introducer.length);
          skipSpace();
          c = sql[i];
        } else if (m) {
          prefix = m[1] as string;
          advance(i + 1);
          c = sql[i];
        }
      }
      if (c === "'" || c === '"') {
        let k = i + 1;
        let out = '';
        let closed = false;
        while (k < n) {
          const ch = sql[k] as string;
          if (ch === '\\') {
            const next = sql[k + 1] ?? '';
            out += escapes[next] ?? next;
            k += 2;
          } else if (ch === c) {
            if (sql[k + 1] === c) {
              out += c;
              k += 2;
            } else {
              closed = true;
              k++;
              break;
            }
          } else {
            out += ch;
            k++;
          }
        }
        advance(k);
        if (!closed) {
          error = 'expected a closing quote: the value runs to the end of the statement';
          break;
        }
        // X'…' is hex, read as 0x… below.
        values.push(prefix.toUpperCase() === 'X' && /^[0-9a-f]*$/i.test(out) ? hexLiteralText(out.toLowerCase()) : prefix && prefix.toUpperCase() !== 'N' ? `${prefix}'${out}'` : literal(out, introducer, values.length));
      } else {
        let k = i;
        while (k < n && sql[k] !== ',' && sql[k] !== ')') k++;
        const token = sql.slice(i, k).trim();
        advance(k);
        if (token === '') {
          error = 'expected a value';
          break;
        }
        // A hex literal (mysqldump --hex-blob writes BINARY/BLOB columns so) as its hex digits, the text a hash column holds, or the text a long printable one is (hexLiteralText).
        values.push(token.toUpperCase() === 'NULL' ? null : /^0x[0-9a-f]+$/i.test(token) ? hexLiteralText(token.slice(2).toLowerCase()) : token);
      }
      skipSpace();
      if (sql[i] === ',') advance(i + 1);
      else if (sql[i] === ')') {
        advance(i + 1);
        break;
      } else error = `expected "," or ")" after a value, got ${valueShape(sql.slice(i, i + 20))}`;
    }
    if (error !== null) {
      const nextRow = sql.indexOf('),(', i);
      const end = nextRow === -1 ? n : nextRow + 2;
      const raw = sql.slice(rowStart, Math.min(end, rowStart + 2000));
      advance(end);
      yield { line: rowLine, error, raw };
      continue;
    }
    yield { line: rowLine, values };
  }
}
