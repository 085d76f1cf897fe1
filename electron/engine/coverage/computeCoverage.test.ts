import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIdent, sqlString } from '../sql/sqlString';
import { encodeText } from '../testing/leak/encodeText';
import { toDelimited } from '../testing/leak/toDelimited';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { classifyBounded, classifyColumn, type ColumnCounts } from './classifyColumn';
import { classChecks, coverageMacros, type CheckKey } from './coverageMacros';
import { featureColumns, guardOf } from './coverageGuards';
import { firstPassCounts } from './firstPassCounts';
import { headerHint } from './headerHint';
import { retailerLeak } from '../testing/leak/retailerLeak';

/** The straightforward definitions the fast macros replace: trim every value, try every date layout on every date-like value. */
const plainMacros = `
CREATE OR REPLACE TEMP MACRO bd_norm(x) AS bd_norm_trimmed(trim(x));
CREATE OR REPLACE TEMP MACRO bd_ts(v) AS CASE WHEN strlen(v) BETWEEN 8 AND 32 AND bd_digit_start(v) THEN CASE
  WHEN regexp_full_match(v, '[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?)? ?(Z|UTC|[+-][0-9]{2}:?[0-9]{2})?')
  THEN coalesce(try_strptime(v, ['%Y-%m-%d', '%d/%m/%Y', '%d.%m.%Y', '%d-%m-%Y', '%Y/%m/%d', '%m/%d/%Y', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M']), try_cast(v AS TIMESTAMP))
  WHEN strlen(v) = 8 AND regexp_full_match(v, '(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])') THEN try_strptime(v, '%Y%m%d') END END;
CREATE OR REPLACE TEMP MACRO bd_opaque_shape(v) AS CASE
  WHEN strlen(v) < 16 THEN false
  WHEN strlen(v) % 4 = 0 THEN CASE WHEN regexp_full_match(v, '[A-Za-z0-9+/]+={0,2}') THEN v <> lower(v) AND v <> upper(v) AND regexp_matches(v, '[0-9+/]') ELSE false END
  ELSE false END OR CASE
  WHEN strlen(v) < 16 OR strlen(v) % 2 = 1 THEN false
  WHEN bd_hex(v) THEN regexp_matches(v, '[a-fA-F]') AND regexp_matches(v, '[0-9]')
  ELSE false END;
`;

/** Base64- and hex-looking values on either side of the opaque-blob shape: case, digits, symbols, padding, length. */
const blobs = [
  'dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IQ==', 'dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IQ=', 'dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IQ===', 'ABCDEFGHIJKLMNOPQRSTUVWX', 'abcdefghijklmnopqrstuvwx',
  'ABCDEFGHIJKLmnopqrstuvwx', 'ABCDEFGHIJKLmnopqrstuvw/', '+BCDEFGHIJKLmnopqrstuvwx', 'ABCDEFGHIJKLmnopqrstuv1=', 'ABCDEFGHIJKLmnopqrstu1==', 'ABCDEFGHIJKLmnopqrst1',
  'ABCDEFGHIJKLmnopqrs1', 'ABCDEFGHIJKLmnop1', 'Ab1', 'AbcDef1234567890', 'AbcDef123456789', 'AbcDef12345678901234', 'AbcDef1234567890=', 'AbcDef12-4567890',
  'ÀbcDef1234567890', 'deadbeefcafe0123deadbeefcafe0123', 'DEADBEEFCAFE0123', '0123456789012345', 'abcdefabcdefabcd', 'deadbeefcafe012', 'deadbeefcafe01234',
  'deadbeefcafe0123deadbeefcafe012g', '0123456789abcdef0123456789abcdeF', '7aKGxNr3lET4NmRKZTOEvWjgxL1leKvP6/hgvXJKArn=', '$2y$10$nz4m7CqGzLISvy4eI.XWnQYx8/Rq2nOSK4Ubi8L0wwt89wgypMa5p',
];

const keys = Object.keys(classChecks) as CheckKey[];

/** Awkward values: date layouts and near-misses, padding with Unicode spaces, placeholders, hashes, phones, ids, multi-line text. */
const awkward = [
  '2022-01-31', '31/01/2022', '31.01.2022', '31-01-2022', '2022/01/31', '12/31/2022', '2022-01-31 12:34:56', '2022-01-31T12:34:56',
  '31/01/2022 12:34:56', '31/01/2022 12:34', '2022-01-31 12:34:56.789', '2022-01-31 12:34:56+02:00', '2022-01-31T12:34:56Z', '2022-01/31',
  '2022.01.31', '31.01.2022 12:34', '2022-13-45', '1/2/2022', '2022-1-2', '01/02/2022 1:02', '2022-01-31 12:34', '2022-01-31 UTC', '99999999',
  ' padded ', '\u00a0nbsp\u00a0', '\u3000ideographic\u3000', '\u2003em space', 'trailing\u202f', '\t tab', 'NULL', ' null ', 'N/A', '-', 'nan', '', '   ',
  '$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234', '$2$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA', '5f4dcc3b5aa765d61d8327deb882cf99',
  '+33 6 12 34 56 78', '06.12.34.56.78', '(555) 123-4567', ')12345678', '123e4567-e89b-12d3-a456-426614174000', '12345', 'SW1A 1AA', '75011',
  '2001:db8::1', '192.168.1.10', '10.0.0.256', 'a@b.fr', 'x@y', 'M', 'Mme', 'féminin', 'm.', '12 rue des Lilas', 'Hauptstraße 5',
  'dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IQ==', 'deadbeefcafe0123deadbeefcafe0123', 'line one\nline two', 'Zoë', "O'Neill", 'user_name.01',
  '4111111111111111', '4111 1111 1111 1111', '3782 822463 10005', '**** **** **** 1234', '411111••••••1111', '1234', 'DE89 3704 0044 0532 0130 00',
  'gb82 west 1234 5698 7654 32', '123-45-6789', '1 85 05 78 006 084 91', '269052A12345618', '12345678Z', 'X1234567L', 'AB 12 34 56 C', 'RSSMRA85T10A562S',
];

/** Every check's count, distinct and populated per column, the plain way: every check on every value, in one query. */
async function plainCounts(c: DuckDBConnection, table: string, column: string): Promise<ColumnCounts> {
  const r = await queryOne<Record<string, number>>(
    c,
    `SELECT count(v)::DOUBLE AS p, count(DISTINCT v)::DOUBLE AS d, ${keys.map((k) => `count_if(${classChecks[k]}(v, s, t))::DOUBLE AS ${k}`).join(', ')}
     FROM (SELECT v, bd_scheme(v) AS s, bd_ts(v) AS t FROM (SELECT bd_norm(${sqlIdent(column)}) AS v FROM ${table}))`,
  );
  return { populated: r.p ?? 0, distinct: r.d ?? 0, valid: Object.fromEntries(keys.map((k) => [k, r[k] ?? 0])) as Record<CheckKey, number> };
}

/** The census the plain way: the bcrypt cost by regular expression. */
function plainCensus(c: DuckDBConnection, table: string, column: string): Promise<Array<{ scheme: string; cost: number | null; count: number }>> {
  return queryRows(
    c,
    `SELECT scheme, CASE WHEN scheme = 'bcrypt' THEN regexp_extract(v, '^\\$2[abxy]?\\$([0-9][0-9])\\$', 1)::INTEGER END AS cost, count(*)::DOUBLE AS count
     FROM (SELECT v, coalesce(bd_scheme(v), CASE WHEN bd_opaque_shape(v) THEN 'opaque (encrypted or encoded)' ELSE 'plaintext-looking' END) AS scheme
           FROM (SELECT bd_norm(${sqlIdent(column)}) AS v FROM ${table}) WHERE v IS NOT NULL)
     GROUP BY ALL ORDER BY count DESC, scheme, cost`,
  );
}

/** The file's records with awkward values mixed into every column and a column of its own. */
function awkwardLeak(n: number): string[][] {
  const leak = retailerLeak(n, 5);
  const rows = leak.rows.map((r, i) => {
    const row = [...r, awkward[i % awkward.length] as string];
    if (i % 37 === 5) row[(i % (row.length - 1)) + 1] = awkward[(i * 7) % awkward.length] as string;
    if (i % 50 === 3) row[leak.header.indexOf('mot_de_passe')] = `$2$1${i % 3}$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ0123${i % 10}`;
    return row;
  });
  return [[...leak.header, 'remarque'], ...rows];
}

/** Start line of each record the exact way: header line first, then one line per record plus the newlines inside its fields. */
function expectedLines(records: string[][]): number[] {
  const lines: number[] = [];
  let line = 2;
  for (const r of records.slice(1)) {
    lines.push(line);
    line += 1 + r.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}

describe('coverage fast path equals the plain computation', () => {
  it('fast normalisation, date parsing and pre-filters agree with the plain macros value by value', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run(coverageMacros);
      await c.run(`CREATE TABLE vals AS SELECT unnest([${[...awkward, ...blobs, ...awkwardLeak(120).flat()].map(sqlString).join(', ')}]) AS raw`);
      await c.run(`CREATE TABLE fast AS SELECT raw, bd_norm(raw) AS v, bd_ts(bd_norm(raw)) AS t, bd_opaque_shape(bd_norm(raw)) AS o FROM vals`);
      await c.run(plainMacros);
      await c.run(`CREATE TABLE plain AS SELECT raw, bd_norm(raw) AS v, bd_ts(bd_norm(raw)) AS t, bd_opaque_shape(bd_norm(raw)) AS o FROM vals`);
      const differ = await queryRows(c, `SELECT f.raw FROM fast f POSITIONAL JOIN plain p WHERE f.v IS DISTINCT FROM p.v OR f.t IS DISTINCT FROM p.t OR f.o IS DISTINCT FROM p.o`);
      expect(differ).toEqual([]);
      const opaque = await queryOne<{ yes: number; no: number }>(c, `SELECT count_if(o)::DOUBLE AS yes, count_if(NOT o)::DOUBLE AS no FROM plain WHERE raw IN (${blobs.map(sqlString).join(', ')})`);
      expect(opaque.yes).toBeGreaterThan(5);
      expect(opaque.no).toBeGreaterThan(5);
      const parsed = await queryOne<{ n: number }>(c, `SELECT count(t)::DOUBLE AS n FROM plain WHERE raw LIKE '%:%'`);
      expect(parsed.n).toBeGreaterThan(5);
      const escapes = await queryRows<{ k: string; v: string }>(
        c,
        keys
          .map((k) => `SELECT '${k}' AS k, v0 AS v FROM (SELECT v0, bd_scheme(v0) AS s, bd_ts(v0) AS t, ${featureColumns(0)} FROM (SELECT v AS v0 FROM plain WHERE v IS NOT NULL)) WHERE ${classChecks[k]}(v0, s, t) AND NOT (${guardOf(k, 0)})`)
          .join(' UNION ALL '),
      );
      expect(escapes).toEqual([]);
      const plainDiffers = await queryRows(c, `SELECT v0 FROM (SELECT v0, ${featureColumns(0)} FROM (SELECT v AS v0 FROM plain WHERE v IS NOT NULL)) WHERE bd_plain(v0, NULL, NULL) <> (${guardOf('plain', 0)})`);
      expect(plainDiffers).toEqual([]);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });

  it('first pass counts by value agree with counts by row, exact and approximate distinct counts alike', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run(coverageMacros);
      const records = awkwardLeak(3000);
      const header = records[0] as string[];
      await c.run(`CREATE TABLE t (${header.map((h) => `${sqlIdent(h)} VARCHAR`).join(', ')})`);
      const appender = await c.createAppender('t');
      for (const r of records.slice(1)) {
        for (const v of r) appender.appendVarchar(v);
        appender.endRow();
      }
      appender.closeSync();
      for (const distinct of [(v: string) => `count(DISTINCT ${v})`, (v: string) => `approx_count_distinct(${v})`]) {
        const byRow = await firstPassCounts(c, 't', header, distinct, new Set());
        const byValue = await firstPassCounts(c, 't', header, distinct, new Set(header.keys()));
        expect(byValue).toEqual(byRow);
        expect(Object.keys(byRow)).toHaveLength(header.length * (2 + keys.length));
      }
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });

  it('bounded classification asks for exact counts until it reaches the exact decision', () => {
    let seed = 17;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const hints = [null, 'Names', 'Passwords', 'Dates', 'Dates of birth', 'Physical addresses', 'Postal codes', 'Identifiers'] as const;
    for (let trial = 0; trial < 3000; trial++) {
      const populated = 100;
      const distinct = rnd() < 0.3 ? Math.floor(rnd() * 13) : Math.floor(rnd() * 101);
      const valid = Object.fromEntries(keys.map((k) => [k, rnd() < 0.5 ? Math.floor(rnd() * 101) : rnd() < 0.5 ? 0 : 100])) as Record<CheckKey, number>;
      const upper = Object.fromEntries(keys.map((k) => [k, Math.min(100, valid[k] + (rnd() < 0.5 ? 0 : Math.floor(rnd() * 101)))])) as Record<CheckKey, number>;
      const hint = hints[trial % hints.length] ?? null;
      const exact: Partial<Record<CheckKey, number>> = {};
      let d = classifyBounded(populated, distinct, exact, upper, hint);
      for (let rounds = 0; 'need' in d; rounds++) {
        expect(rounds).toBeLessThan(keys.length);
        for (const k of d.need) exact[k] = valid[k];
        d = classifyBounded(populated, distinct, exact, upper, hint);
      }
      expect(d).toEqual(classifyColumn({ populated, distinct, valid }, hint));
    }
  });

  it('stores the plain classes and counts when the first rows mislead the prediction of which checks to count', async () => {
    const letters = (i: number) => [...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('');
    const records = [['a', 'b', 'c']];
    for (let i = 0; i < 72000; i++) {
      const head = i < 12000;
      records.push([
        head ? `u${i}@x.example` : `10.${i % 200}.${(i >> 8) % 250}.${i % 250}`,
        head ? `$2y$10$${letters(i).padEnd(53, 'Q')}` : `Name${letters(i)}`,
        head ? `Dupont${letters(i)}` : `v${i}@mail.example`,
      ]);
    }
    await withTempCase(async (engine, { work }) => {
      const s = await engine.service.addSource({ path: writeInput(work, 'misleading.csv', toDelimited(records, ';')), kind: 'leak' });
      await requireCase(engine.ctx).withConnection(async (c) => {
        const table = sqlIdent(`leak_${s.id}`);
        const stored = await queryRows<{ dataClass: string }>(
          c,
          `SELECT column_name AS "column", data_class AS "dataClass", valid_count::DOUBLE AS valid, distinct_count::DOUBLE AS "distinct" FROM coverage_field WHERE source_id = $sourceId ORDER BY ordinal`,
          { sourceId: s.id },
        );
        await c.run(coverageMacros);
        const expected = [];
        for (const column of ['a', 'b', 'c']) {
          const counts = await plainCounts(c, table, column);
          expected.push({ column, ...classifyColumn(counts, headerHint(column)), distinct: counts.distinct });
        }
        expect(stored).toEqual(expected);
        expect(stored.map((f) => f.dataClass)).toEqual(['IP addresses', 'Names', 'Email addresses']);
        expect(await queryRows(c, `SELECT count(*)::DOUBLE AS n FROM coverage_hash WHERE source_id = $sourceId`, { sourceId: s.id })).toEqual([{ n: 0 }]);
        expect(await queryRows(c, `SELECT subjects::DOUBLE AS n, subject_column AS col FROM coverage_source WHERE source_id = $sourceId`, { sourceId: s.id })).toEqual([{ n: 72000, col: 'c' }]);
      });
    });
  });

  for (const encoding of ['utf-8', 'windows-1252'] as const) {
    it(`stores the same classes, counts, census, subjects and _line as the plain path (${encoding}, multi-line and one-line files)`, async () => {
      const multi = awkwardLeak(500);
      const oneLine = multi.map((r) => r.map((v) => v.replaceAll('\n', ' ')));
      const encodable = (records: string[][]) =>
        encoding === 'utf-8' ? records : records.map((r) => r.map((v) => v.replace(/[\u3000\u2003\u202f]/g, '\u00a0')));
      await withTempCase(async (engine, { work }) => {
        for (const [name, records] of [['multi', encodable(multi)], ['one-line', encodable(oneLine)]] as const) {
          const file = writeInput(work, `${name}.csv`, encodeText(toDelimited(records, ';'), encoding));
          const s = await engine.service.addSource({ path: file, kind: 'leak' });
          expect(s.rowsLoaded).toBe(records.length - 1);
          await requireCase(engine.ctx).withConnection(async (c) => {
            const table = sqlIdent(`leak_${s.id}`);
            const lines = await queryRows<{ l: number }>(c, `SELECT _line::INTEGER AS l FROM ${table} ORDER BY _line`);
            expect(lines.map((r) => r.l)).toEqual(expectedLines(records));
            const stored = await queryRows<{ column: string; dataClass: string; populated: number; valid: number; distinct: number }>(
              c,
              `SELECT column_name AS "column", data_class AS "dataClass", populated_count::DOUBLE AS populated, valid_count::DOUBLE AS valid, distinct_count::DOUBLE AS "distinct"
               FROM coverage_field WHERE source_id = $sourceId ORDER BY ordinal`,
              { sourceId: s.id },
            );
            const storedHashes = await queryRows<{ column: string; scheme: string; cost: number | null; count: number }>(
              c,
              `SELECT column_name AS "column", scheme, cost, count::DOUBLE AS count FROM coverage_hash WHERE source_id = $sourceId ORDER BY column_name, count DESC, scheme, cost`,
              { sourceId: s.id },
            );
            const source = await queryOne<{ subjects: number; col: string | null }>(c, `SELECT subjects::DOUBLE AS subjects, subject_column AS col FROM coverage_source WHERE source_id = $sourceId`, { sourceId: s.id });
            await c.run(coverageMacros);
            await c.run(plainMacros);
            const expected = [];
            const expectedHashes = [];
            for (const column of records[0] as string[]) {
              const counts = await plainCounts(c, table, column);
              const { dataClass, valid } = classifyColumn(counts, headerHint(column));
              expected.push({ column, dataClass, populated: counts.populated, valid, distinct: counts.distinct });
              if (dataClass === 'Passwords') for (const h of await plainCensus(c, table, column)) expectedHashes.push({ column, ...h });
            }
            expect(stored).toEqual(expected);
            expect(storedHashes).toEqual(expectedHashes);
            expect(expectedHashes.length).toBeGreaterThan(1);
            expect(source.col).toBe('email');
            expect(source.subjects).toBe((await queryOne<{ n: number }>(c, `SELECT count(DISTINCT lower(bd_norm(email)))::DOUBLE AS n FROM ${table}`)).n);
          });
        }
      });
    });
  }
});
