import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryOne } from '../../../sql/queryRows';
import { sqlString } from '../../../sql/sqlString';
import { clientIpSql } from './clientIpSql';

let db: DuckDBInstance;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
});
afterAll(() => db.closeSync());

it.each([
  ['[2001:db8::1]:51234', '2001:db8::1'],
  ['[2001:db8::1]', '2001:db8::1'],
  ['1.2.3.4:5678', '1.2.3.4'],
  [' 1.2.3.4 ', '1.2.3.4'],
  ['2001:db8::1', '2001:db8::1'],
  ['host.example', 'host.example'],
  ['', null],
  ['-', null],
  ['null', null],
])('reads the client address of %j as %j', async (text, expected) => {
  const c = await db.connect();
  const { ip } = await queryOne<{ ip: string | null }>(c, `SELECT ${clientIpSql(sqlString(text))} AS ip`);
  expect(ip).toBe(expected);
  c.closeSync();
});
