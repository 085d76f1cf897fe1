import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../testing/corpusFile';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

const mysql8 = corpusFile('leak_database_dumps', 'mysqldump-binary-accounts.sql');
const mariadb = corpusFile('leak_database_dumps', 'mariadb-dump-binary-accounts.sql');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const columns = `_line::INTEGER AS line, id, email, display_name, password_sha1, last_ip, note`;

describe('a MySQL/MariaDB dump without --hex-blob: binary values as raw bytes in quotes', () => {
  it('MySQL 8 _binary and MariaDB plain literals read as the hex digits --hex-blob would write, text kept as text, the file untouched', async () => {
    await withTempCase(async (engine, { work }) => {
      const loaded: Array<Array<Record<string, string | number | null>>> = [];
      for (const file of [mysql8, mariadb]) {
        const before = sha256(file);
        const detection = await engine.service.detectSource({ path: file, kind: 'leak' });
        expect(detection).toMatchObject({ format: 'leak-sql', choices: { table: ['accounts'] } });
        expect(detection.mapping).toContainEqual({ field: 'encoding', takenFrom: 'utf-8' });
        const s = await engine.service.addSource({ path: file, kind: 'leak' });
        expect(s).toMatchObject({ format: 'leak-sql', rowsLoaded: 8, rowsRejected: 0, sha256: before });
        expect(s.message).toBe('Binary values read as their hex digits, as mysqldump --hex-blob writes them: id 8, password_sha1 8, last_ip 7.');
        expect(sha256(file)).toBe(before);
        loaded.push(await sqlOn(engine, `SELECT ${columns} FROM leak_${s.id} ORDER BY _line, id`));
        const [cov] = await engine.service.coverage({ sourceId: s.id });
        // The hex UUID key (32 digits, MD5's length) under `id` is the identifier, not 8 more password hashes.
        expect(cov?.passwordHashes.map((h) => [h.column, h.scheme, h.count])).toEqual([['password_sha1', 'ambiguous SHA1-class', 8]]);
        // INET6_ATON bytes under `last_ip` (8 or 32 hex digits) are the addresses: 7 of 8 populated, all valid, 7 distinct.
        expect(Object.fromEntries((cov?.fields ?? []).map((f) => [f.column, [f.dataClass, f.valid]]))).toMatchObject({
          id: ['Identifiers', 1],
          email: ['Email addresses', 1],
          password_sha1: ['Passwords', 1],
          last_ip: ['IP addresses', 1],
        });
        expect(cov?.fields.find((f) => f.column === 'last_ip')).toMatchObject({ populated: 7 / 8, distinct: 7 });
        expect(cov).toMatchObject({ rows: 8, subjectColumn: 'email', subjects: 8 });
      }
      const gz = await engine.service.addSource({ path: writeInput(work, 'maria.sql.gz', gzipSync(fs.readFileSync(mariadb))), kind: 'leak' });
      expect(await sqlOn(engine, `SELECT ${columns} FROM leak_${gz.id} ORDER BY _line, id`)).toEqual(loaded[1]);
      const [my, maria] = loaded as [Array<Record<string, unknown>>, Array<Record<string, unknown>>];
      // mysqldump writes each extended INSERT on one line (5 rows, then 3); this MariaDB dump one row per line.
      expect(my.map((r) => r.line)).toEqual([43, 43, 43, 43, 43, 44, 44, 44]);
      expect(maria.map((r) => r.line)).toEqual([44, 45, 46, 47, 48, 49, 50, 51]);
      const byEmail = (rows: Array<Record<string, unknown>>) => Object.fromEntries(rows.map(({ line: _, ...r }) => [String(r.email), r]));
      expect(byEmail(maria)).toEqual(byEmail(my));
      const rows = byEmail(my);
      // Every escape (\0 \' \" \\ \n \r \Z) and the bytes '),(' inside one UUID; \0 \n in an IPv4, \r \0 in an IPv6.
      expect(rows['zoe.martin1@example.com']).toEqual({
        id: '0027225c0a0d411a8027292c28275c00',
        email: 'zoe.martin1@example.com',
        display_name: 'Zoé Martin 🔐',
        password_sha1: '129d43d65693e8f8dfff8ae0913728cc4f7fb71c',
        last_ip: '20010db8000000000000000000000001',
        note: 'it\'s "quoted" \\ path\nsecond line\r\x1aend',
      });
      expect(rows['louis.laurent8@example.com']).toMatchObject({ id: '0a0d1a2722292c28275c00ffee000008', password_sha1: '11b2bfee925cacf1b51dcf78d1347b835d0ebc28', last_ip: 'c00002ff' });
      expect(rows['lucas.bernard2@example.com']).toMatchObject({ password_sha1: '6e38a9668881ec890af4a79cd6810d1179b3ff7e', last_ip: 'c000020a', note: null });
      expect(rows['chloe.petit3@example.com']).toMatchObject({ display_name: 'Chloé Petit 𠮷', last_ip: '20010db800000001000000000000000a', note: 'rappel ),( demain' });
      expect(rows['lea.leroy5@example.com']).toMatchObject({ last_ip: null, note: 'emoji 😀 et accents àéîõü' });
      // A BINARY(16) whose bytes happen to be ASCII ("ABCDEFGHIJKLMNOP") is hex too: the column is declared binary.
      expect(rows['nathan.moreau6@example.com']?.id).toBe('4142434445464748494a4b4c4d4e4f50');
    });
  });

  it('a dump cut inside its last row loads the rows before it and names the line of the cut one', async () => {
    await withTempCase(async (engine, { work }) => {
      const bytes = fs.readFileSync(mariadb);
      const lastRow = bytes.indexOf(Buffer.from("('\\n\\r\\Z"));
      const inValue = writeInput(work, 'cut-in-value.sql', bytes.subarray(0, lastRow + 12));
      const afterComma = writeInput(work, 'cut-after-comma.sql', bytes.subarray(0, bytes.indexOf(Buffer.from("'louis.laurent8@example.com',")) + 29));
      for (const [file, reason] of [
        [inValue, 'expected a closing quote: the dump ends inside a value'],
        [afterComma, 'expected a value'],
      ] as const) {
        const s = await engine.service.addSource({ path: file, kind: 'leak', maxRejectShare: 0.2 });
        expect(s).toMatchObject({ rowsLoaded: 7, rowsRejected: 1 });
        expect(s.message).toBe('Binary values read as their hex digits, as mysqldump --hex-blob writes them: id 7, password_sha1 7, last_ip 6.');
        expect((await engine.service.listRejects({ sourceId: s.id })).map((r) => [r.line, r.reason])).toEqual([[51, reason]]);
      }
    });
  });

  it('text stays text: a latin1 dump as Windows-1252, a legacy 8-bit dump as before; non-UTF-8 bytes of an untyped column as hex', async () => {
    await withTempCase(async (engine, { work }) => {
      const digest = Buffer.from('6e38a9668881ec890af4a79cd6810d1179b3ff7e', 'hex');
      const escapes: Record<number, string> = { 0: '\\0', 0x27: "\\'", 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x1a: '\\Z' };
      const escaped = Buffer.concat([...digest].map((b) => (escapes[b] ? Buffer.from(escapes[b]) : Buffer.from([b]))));
      const dump = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
      const latin1 = writeInput(
        work,
        'latin1.sql',
        dump(
          '-- MySQL dump 10.13  Distrib 5.7.44\n/*!40101 SET NAMES latin1 */;\nCREATE TABLE `users` (`id` int, `name` varchar(50), `pass` binary(20)) DEFAULT CHARSET=latin1;\n',
          "INSERT INTO `users` VALUES (1,'H\xe9l\xe8ne \x80','",
          escaped,
          "'),(2,'Zo\xeb',NULL);\n",
        ),
      );
      const a = await engine.service.addSource({ path: latin1, kind: 'leak' });
      expect(await sqlOn(engine, `SELECT name, pass FROM leak_${a.id} ORDER BY _line, id`)).toEqual([
        { name: 'Hélène €', pass: '6e38a9668881ec890af4a79cd6810d1179b3ff7e' },
        { name: 'Zoë', pass: null },
      ]);
      expect(a.message).toBe('Binary values read as their hex digits, as mysqldump --hex-blob writes them: pass 1.');
      const legacy = writeInput(work, 'legacy.sql', dump("INSERT INTO `users` VALUES (1,'H\xe9l\xe8ne'),(2,'Fran\xe7ois');\n"));
      const b = await engine.service.addSource({ path: legacy, kind: 'leak' });
      expect(await sqlOn(engine, `SELECT col2 FROM leak_${b.id} ORDER BY _line, col1`)).toEqual([{ col2: 'Hélène' }, { col2: 'François' }]);
      expect(b.message).toBeNull();
      const untyped = writeInput(work, 'untyped.sql', dump('-- data only\n', Buffer.from("INSERT INTO `users` VALUES (1,'Zoé 🔐','"), escaped, "');\n"));
      const c = await engine.service.addSource({ path: untyped, kind: 'leak' });
      expect(await sqlOn(engine, `SELECT col2, col3 FROM leak_${c.id}`)).toEqual([{ col2: 'Zoé 🔐', col3: '6e38a9668881ec890af4a79cd6810d1179b3ff7e' }]);
      expect(c.message).toBe('Binary values read as their hex digits, as mysqldump --hex-blob writes them: col3 1.');
      // A UTF-8 dump (control bytes in its head) with a stray Windows-1252 byte in a text column: that value read as Windows-1252.
      const stray = writeInput(work, 'stray.sql', dump('CREATE TABLE `t` (`id` int, `name` varchar(9), `pass` binary(20));\n', "INSERT INTO `t` VALUES (1,'Caf\xe9','", escaped, Buffer.from("'),(2,'Zoé',NULL);\n")));
      const e = await engine.service.addSource({ path: stray, kind: 'leak' });
      expect(await sqlOn(engine, `SELECT name, pass FROM leak_${e.id} ORDER BY id`)).toEqual([
        { name: 'Café', pass: '6e38a9668881ec890af4a79cd6810d1179b3ff7e' },
        { name: 'Zoé', pass: null },
      ]);
      // PowerShell's redirection writes a dump as UTF-16 (MySQL's manual, "mysqldump"): its text read as before.
      const utf16 = writeInput(work, 'utf16.sql', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("INSERT INTO `users` VALUES (1,'Zoé 🔐 \\'x\\'');\n", 'utf16le')]));
      const d = await engine.service.addSource({ path: utf16, kind: 'leak' });
      expect(await sqlOn(engine, `SELECT col2 FROM leak_${d.id}`)).toEqual([{ col2: "Zoé 🔐 'x'" }]);
    });
  });
  it('a bcrypt hash kept in a binary column is read as its text, raw or through --hex-blob, and counted as bcrypt; a printable 16-byte key stays hex', async () => {
    await withTempCase(async (engine, { work }) => {
      const bcrypts = ['$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234', '$2b$12$0123456789./ABCDEFGHIJuvwxyzabcdefghijklmnopqrstuvwxy'];
      const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');
      const create = 'CREATE TABLE `users` (`id` binary(16), `email` varchar(80), `pass` varbinary(60));\n';
      const dumps = {
        mysql8: `${create}INSERT INTO \`users\` VALUES (_binary 'ABCDEFGHIJKLMNOP','a@example.com',_binary '${bcrypts[0]}'),(_binary 'QRSTUVWXYZabcdef','b@example.com',_binary '${bcrypts[1]}');\n`,
        mariadb: `${create}INSERT INTO \`users\` VALUES ('ABCDEFGHIJKLMNOP','a@example.com','${bcrypts[0]}'),('QRSTUVWXYZabcdef','b@example.com','${bcrypts[1]}');\n`,
        hexBlob: `${create}INSERT INTO \`users\` VALUES (0x${hex('ABCDEFGHIJKLMNOP')},'a@example.com',0x${hex(bcrypts[0] as string)}),(X'${hex('QRSTUVWXYZabcdef')}','b@example.com',X'${hex(bcrypts[1] as string)}');\n`,
      };
      for (const [name, text] of Object.entries(dumps)) {
        const s = await engine.service.addSource({ path: writeInput(work, `${name}.sql`, text), kind: 'leak' });
        expect(await sqlOn(engine, `SELECT id, pass FROM leak_${s.id} ORDER BY email`)).toEqual([
          { id: hex('ABCDEFGHIJKLMNOP'), pass: bcrypts[0] },
          { id: hex('QRSTUVWXYZabcdef'), pass: bcrypts[1] },
        ]);
        const [cov] = await engine.service.coverage({ sourceId: s.id });
        expect(cov?.passwordHashes.map((h) => [h.column, h.scheme, h.count])).toEqual([['pass', 'bcrypt', 2]]);
      }
    });
  });
});
