import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { queryOne } from '../sql/queryRows';
import { sqlString } from '../sql/sqlString';
import { seededRandom } from '../demo/seededRandom';
import { coverageMacros } from './coverageMacros';
import { censusAggregates, censusFromAggregates, hashCensus } from './hashCensus';
import { normalisedValues } from './exactCheckCounts';
import { toDelimited } from '../testing/leak/toDelimited';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

const rnd = seededRandom(99);
const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
const b64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const hex = '0123456789abcdef';

/** Structurally valid secrets of each scheme (random salts and digests: the census reads structure only). */
const makers: Record<string, () => string> = {
  bcrypt: () => `$2${pick('aby', 1)}$${pick('01', 1) === '0' ? '10' : '12'}$${pick(b64, 53)}`,
  argon2: () => `$argon2id$v=19$m=65536,t=3,p=4$${pick(b64, 22)}$${pick(b64, 43)}`,
  scrypt: () => `$7$C6..../....${pick(b64, 16)}$${pick(b64, 43)}`,
  'sha512-crypt': () => `$6$${pick(b64, 16)}$${pick(b64, 86)}`,
  'sha256-crypt': () => `$5$${pick(b64, 16)}$${pick(b64, 43)}`,
  'md5-crypt': () => `$1$${pick(b64, 8)}$${pick(b64, 22)}`,
  phpass: () => `$P$B${pick(b64, 30)}`,
  'django-pbkdf2': () => `pbkdf2_sha256$260000$${pick(b64, 22)}$${pick(b64, 43)}=`,
  'ambiguous MD5/NTLM-class': () => pick(hex, 32),
  'ambiguous SHA1-class': () => pick(hex, 40),
  'ambiguous SHA256-class': () => pick(hex, 64),
  'plaintext-looking': () => `${pick('abcdefghij', 6)}${pick('0123456789', 2)}`,
};

describe('hash-scheme census', () => {
  it('counts a combolist password column by structure, with the bcrypt cost histogram', async () => {
    const schemes = Object.keys(makers);
    const secrets = Array.from({ length: 600 }, (_, i) => (makers[schemes[i % schemes.length] as string] as () => string)());
    const lines = secrets.map((s, i) => `user${i}@example.org:${s}`);
    lines.splice(7, 0, 'this line has no email');
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'combo.txt', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-combolist', rowsLoaded: 600, rowsRejected: 1 });
      expect((await engine.service.listRejects({ sourceId: s.id }))[0]).toMatchObject({ line: 8, raw: 'this line has no email' });
      expect(await sqlOn(engine, `SELECT _line::INTEGER AS l, email, secret FROM leak_${s.id} ORDER BY _line LIMIT 1 OFFSET 7`)).toEqual([
        { l: 9, email: 'user7@example.org', secret: secrets[7] },
      ]);
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      expect(cov?.fields.map((f) => [f.column, f.dataClass])).toEqual([
        ['email', 'Email addresses'],
        ['secret', 'Passwords'],
      ]);
      expect(cov?.subjects).toBe(600);
      const expected = new Map<string, number>();
      for (const [i] of secrets.entries()) expected.set(schemes[i % schemes.length] as string, (expected.get(schemes[i % schemes.length] as string) ?? 0) + 1);
      expect(Object.fromEntries(cov?.passwordHashes.map((h) => [h.scheme, h.count]) ?? [])).toEqual(Object.fromEntries(expected));
      const costs: Record<string, number> = {};
      for (const sec of secrets) {
        const cost = /^\$2[aby]\$(\d\d)\$/.exec(sec)?.[1];
        if (cost) costs[cost] = (costs[cost] ?? 0) + 1;
      }
      expect(cov?.passwordHashes.find((h) => h.scheme === 'bcrypt')?.costs).toEqual(costs);
    });
  });

  it('classifies a header-less file from content alone', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `p${i}@example.net`,
      `10.${i % 250}.${(i * 7) % 250}.${1 + (i % 200)}`,
      `2024-0${1 + (i % 9)}-1${i % 10} 0${i % 10}:1${i % 6}:00`,
      `${1950 + (i % 55)}-0${1 + (i % 9)}-2${i % 8}`,
      `$2b$11$${pick(b64, 53)}`,
      Buffer.from(pick(hex, 48), 'hex').toString('base64'),
      `+33 6 ${pick('0123456789', 2)} ${pick('0123456789', 2)} ${pick('0123456789', 2)} ${pick('0123456789', 2)}`,
    ]);
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'bare.csv', toDelimited(rows, '|'));
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      expect(cov?.fields.map((f) => f.dataClass)).toEqual(['Email addresses', 'IP addresses', 'Dates', 'Dates of birth', 'Passwords', 'Other (encrypted)', 'Phone numbers']);
      expect(cov?.passwordHashes).toEqual([{ column: 'col5', scheme: 'bcrypt', count: 120, costs: { '11': 120 } }]);
    });
  });

  it('counted alongside the exact checks, equals the census of its own scan, value for value', async () => {
    const schemes = Object.keys(makers);
    const secrets = Array.from({ length: 400 }, (_, i) => (makers[schemes[(i * 7) % schemes.length] as string] as () => string)());
    const odd = ['', ' ', 'NULL', ' $2y$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234 ', '$2$09$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234', '$2q$10$x',
      'dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IQ==', 'deadbeefcafe0123deadbeefcafe0123', 'deadbeefcafe0123deadbeefcafe01', 'has space', '$P$short', 'pbkdf2_sha1'];
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run(coverageMacros);
      const column = (values: Array<string | null>) => `[${values.map((v) => (v === null ? 'NULL' : sqlString(v))).join(', ')}]`;
      await c.run(`CREATE TABLE t AS SELECT unnest(${column([...secrets, ...odd, null])}) AS pw, unnest(${column([...odd, ...secrets.slice(0, 5).map(() => 'plain')])}) AS few, unnest(${column(['x'])}) AS none`);
      for (const col of ['pw', 'few', 'none']) {
        const row = await queryOne<Record<string, number | string | null>>(
          c,
          `SELECT count(v0)::DOUBLE AS p0, ${censusAggregates(0).join(', ')} FROM (SELECT v0, bd_scheme(v0) AS s0 FROM ${normalisedValues('t', [[0, col]])})`,
        );
        const own = await hashCensus(c, 't', col);
        expect(censusFromAggregates(row, 0, Number(row.p0))).toEqual(own);
        if (col === 'pw') expect(own.length).toBeGreaterThan(schemes.length);
      }
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
