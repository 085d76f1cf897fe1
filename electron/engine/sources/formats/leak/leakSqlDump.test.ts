import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { syntheticPeople } from '../../../testing/leak/syntheticPeople';

const people = syntheticPeople(45, 3);
/** A note with everything a dump must escape: quotes, backslash, semicolon, "),(" and a line break. */
const note = (i: number) => (i % 5 === 0 ? null : `it's #${i}; "quoted" \\ path),(x\nnext line`);
const sqlValue = (v: string | null) =>
  v === null ? 'NULL' : `'${v.replaceAll('\\', '\\\\').replaceAll("'", i2(v)).replaceAll('\n', '\\n').replaceAll('"', '\\"')}'`;
/** Alternates the two MySQL ways of escaping a quote, '' and \'. */
function i2(v: string): string {
  return v.length % 2 ? "''" : "\\'";
}

/** A mysqldump-like file: two tables, comments, conditional comments, multi-row INSERTs over several lines. */
function dump(): { text: string; lineOf: number[] } {
  const out: string[] = [
    '-- MySQL dump 10.13  Distrib 8.0',
    '/*!40101 SET NAMES utf8mb4 */;',
    'DROP TABLE IF EXISTS `clients`;',
    'CREATE TABLE `clients` (',
    '  `id` int NOT NULL AUTO_INCREMENT,',
    '  `nom` varchar(64) DEFAULT NULL,',
    "  `email` varchar(255) COMMENT 'adresse, courriel',",
    '  `note` text,',
    '  PRIMARY KEY (`id`),',
    '  UNIQUE KEY `email` (`email`)',
    ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
    'LOCK TABLES `clients` WRITE;',
  ];
  const lineOf: number[] = [];
  for (let start = 0; start < people.length; start += 15) {
    out.push('INSERT INTO `clients` VALUES');
    const chunk = people.slice(start, start + 15);
    chunk.forEach((p, k) => {
      const i = start + k;
      lineOf.push(out.length + 1);
      out.push(`(${i + 1},${sqlValue(p.nom)},${sqlValue(p.email)},${sqlValue(note(i))})${k === chunk.length - 1 ? ';' : ','}`);
    });
  }
  out.push('UNLOCK TABLES;', 'CREATE TABLE `orders` (`id` int, `total` decimal(10,2));', "INSERT INTO `orders` VALUES (1,12.50),(2,'3;4');");
  return { text: out.join('\n') + '\n', lineOf };
}

describe('leak MySQL dump', () => {
  it('lists the tables, refuses to guess, then streams the chosen table with every escape undone', async () => {
    await withTempCase(async (engine, { work }) => {
      const { text, lineOf } = dump();
      const file = writeInput(work, 'shop.sql', text);
      const gz = writeInput(work, 'shop.sql.gz', gzipSync(Buffer.from(text)));
      const detection = await engine.service.detectSource({ path: file, kind: 'leak' });
      expect(detection).toMatchObject({ format: 'leak-sql', choices: { table: ['clients', 'orders'] } });
      await expect(engine.service.addSource({ path: file, kind: 'leak' })).rejects.toThrow(/shop\.sql: the dump holds 2 tables \(clients, orders\); choose one/);
      for (const f of [file, gz]) {
        const s = await engine.service.addSource({ path: f, kind: 'leak', options: { table: 'clients' } });
        expect(s).toMatchObject({ format: 'leak-sql', rowsLoaded: 45, rowsRejected: 0 });
        const rows = await sqlOn<Record<string, string | null>>(engine, `SELECT _line::INTEGER AS l, id, nom, email, note FROM leak_${s.id} ORDER BY _line`);
        expect(rows).toEqual(people.map((p, i) => ({ l: lineOf[i], id: String(i + 1), nom: p.nom, email: p.email, note: note(i) })));
      }
      const orders = await engine.service.addSource({ path: file, kind: 'leak', options: { table: 'orders' } });
      expect(await sqlOn(engine, `SELECT id, total FROM leak_${orders.id} ORDER BY _line`)).toEqual([
        { id: '1', total: '12.50' },
        { id: '2', total: '3;4' },
      ]);
    });
  });

  it('rejects rows of the wrong width and a value cut by the end of the file', async () => {
    await withTempCase(async (engine, { work }) => {
      const { text } = dump();
      const lines = text.split('\n');
      lines[14] = "(2,'Solo','solo@example.fr'),";
      const cut = lines.join('\n').split("INSERT INTO `orders`")[0] + "INSERT INTO `clients` VALUES (99,'Dupont','d@example.fr','never clos";
      const file = writeInput(work, 'broken.sql', cut);
      const s = await engine.service.addSource({ path: file, kind: 'leak', options: { table: 'clients' }, maxRejectShare: 0.1 });
      expect(s).toMatchObject({ rowsLoaded: 44, rowsRejected: 2 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.map((r) => [r.line, r.reason])).toEqual([
        [15, 'expected 4 values as in CREATE TABLE `clients`, got 3'],
        [lines.length - 1, 'expected a closing quote: the dump ends inside a value'],
      ]);
    });
  });
});
