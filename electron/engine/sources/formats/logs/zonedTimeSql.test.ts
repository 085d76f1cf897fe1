import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOne } from '../../../sql/queryRows';
import { sqlString } from '../../../sql/sqlString';
import { type DateOrder, zonedTimeSql } from './zonedTimeSql';

let db: DuckDBInstance;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
});
afterAll(() => db.closeSync());

/** The UTC instant DuckDB reads from `text`, as ISO text, or null when it cannot. */
async function utc(text: string, timezone = 'UTC', order: DateOrder = 'mdy'): Promise<string | null> {
  const c = await db.connect();
  try {
    const r = await queryOne<{ t: string | null }>(c, `SELECT strftime(${zonedTimeSql(sqlString(text), timezone, order)} AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS t`);
    return r.t;
  } finally {
    c.closeSync();
  }
}

describe('every documented time form', () => {
  it.each([
    ['ISO 8601 with Z (CloudTrail, Okta, Google, Entra diagnostic)', '2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000000Z'],
    ['ISO 8601 with a 7-digit fraction (Entra, Graph)', '2024-03-01T10:00:00.1234567Z', '2024-03-01T10:00:00.123456Z'],
    ['ISO 8601 with an offset', '2024-03-01T11:30:00+01:30', '2024-03-01T10:00:00.000000Z'],
    ['ISO 8601 with a compact offset', '2024-03-01T05:00:00-0500', '2024-03-01T10:00:00.000000Z'],
    ['zone-less ISO (O365 CreationTime, SecurityEvent TimeGenerated) as UTC', '2024-03-01T10:00:00', '2024-03-01T10:00:00.000000Z'],
    ['zone-less with a space', '2024-03-01 10:00:00.5', '2024-03-01T10:00:00.500000Z'],
    ['a trailing UTC', '2024-03-01 10:00:00 UTC', '2024-03-01T10:00:00.000000Z'],
    ['US date, 12-hour clock (portal CSV)', '3/1/2024 10:00:00 AM', '2024-03-01T10:00:00.000000Z'],
    ['US date with a comma and fraction (Log Analytics CSV)', '3/1/2024, 10:00:00.250 PM', '2024-03-01T22:00:00.250000Z'],
    ['US date, 24-hour clock', '03/01/2024 22:05:09', '2024-03-01T22:05:09.000000Z'],
    ['US date without seconds', '3/1/2024 22:05', '2024-03-01T22:05:00.000000Z'],
    ['12 AM is midnight', '3/1/2024 12:15:00 AM', '2024-03-01T00:15:00.000000Z'],
    ['12 PM is noon', '3/1/2024 12:15:00 PM', '2024-03-01T12:15:00.000000Z'],
    ['Entra US date, 12-hour clock and offset', '1/9/2007 10:41:00 AM +01:00', '2007-01-09T09:41:00.000000Z'],
    ['US date with Z', '1/9/2007 10:41:00 PM Z', '2007-01-09T22:41:00.000000Z'],
  ])('%s: %s', async (_name, text, expected) => {
    expect(await utc(text)).toBe(expected);
  });

  it('reads a zone-less time in the timezone option, and a time with an offset whatever the option', async () => {
    expect(await utc('3/1/2024 10:00:00 AM', 'Europe/Paris')).toBe('2024-03-01T09:00:00.000000Z');
    expect(await utc('2024-07-01T10:00:00', 'America/New_York')).toBe('2024-07-01T14:00:00.000000Z');
    expect(await utc('1/9/2007 10:41:00 AM +01:00', 'America/New_York')).toBe('2007-01-09T09:41:00.000000Z');
  });

  it('applies the documented month-first order to an ambiguous date unless the analyst says day-first', async () => {
    expect(await utc('1/9/2007 10:41:00')).toBe('2007-01-09T10:41:00.000000Z');
    expect(await utc('1/9/2007 10:41:00', 'UTC', 'dmy')).toBe('2007-09-01T10:41:00.000000Z');
    expect(await utc('25/12/2024 08:00')).toBeNull();
    expect(await utc('25/12/2024 08:00', 'UTC', 'dmy')).toBe('2024-12-25T08:00:00.000000Z');
  });

  it('reads a UTC ISO time alike with or without its fraction, padding or T, whatever the timezone option (and a lower-case z not at all)', async () => {
    for (const [text, expected] of [
      ['2024-07-01T10:00:00Z', '2024-07-01T10:00:00.000000Z'],
      [' 2024-07-01 10:00:00.25Z ', '2024-07-01T10:00:00.250000Z'],
      ['\u00a02024-07-01T10:00:00.1234567Z', '2024-07-01T10:00:00.123456Z'],
      ['2024-07-01T10:00:00z', null],
    ] as const) {
      expect(await utc(text, 'America/New_York')).toBe(expected);
      expect(await utc(text)).toBe(expected);
    }
  });

  it('gives no time for text that is not one', async () => {
    for (const bad of ['yesterday', '', '13/45/2024 10:00', '2024-02-30T00:00:00Z', '3/1/2024 25:00:00']) expect(await utc(bad)).toBeNull();
  });
});
