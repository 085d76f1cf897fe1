import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../../sql/queryRows';
import { sqlString } from '../../../sql/sqlString';
import { layeredRecordsSql } from './mappedRecordsSql';
import type { RecordMapping } from './RecordMapping';
import type { DateOrder } from './zonedTimeSql';

/** The two leading numbers of a numeric date (`21/04/2025, 09:45`, `4/21/2025 9:45 AM`), as portal exports write it in the reader's locale. */
const leadingParts = '^([0-9]{1,2})/([0-9]{1,2})/[0-9]{4}';

/** Whether a file's first bytes hold a numeric date at all (else its records are not scanned). */
function headHasNumericDate(head: Buffer): boolean {
  return /(^|[^0-9])[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}[ ,T]/.test(head.toString('latin1'));
}

/**
 * The day/month order a file's own numeric dates show, for exports written in the analyst's locale (a Log Analytics
 * portal CSV from an en-GB browser writes `21/04/2025, 09:45:54.000`): `dmy` when some record's first number is above
 * 12 and none's second is, `mdy` the other way round, null when nothing tells (every day 12 or below) or the records
 * disagree (then the default order applies and the records it cannot read are rejected, each with its line).
 */
export async function dateOrderOfRecords(c: DuckDBConnection, mapping: RecordMapping, head: Buffer): Promise<DateOrder | null> {
  if (!headHasNumericDate(head)) return null;
  return dateOrderOfTexts(c, `(SELECT * FROM ${layeredRecordsSql(mapping)} WHERE coalesce((${mapping.parsed}), false))`, mapping.timeText);
}

/** The day/month order the numeric dates of one text expression over a FROM clause show (see dateOrderOfRecords). */
export async function dateOrderOfTexts(c: DuckDBConnection, from: string, text: string): Promise<DateOrder | null> {
  const { dayFirst, monthFirst } = await queryOne<{ dayFirst: boolean; monthFirst: boolean }>(
    c,
    `SELECT coalesce(max(try_cast(p.a AS INTEGER)) > 12, false) AS "dayFirst", coalesce(max(try_cast(p.b AS INTEGER)) > 12, false) AS "monthFirst"
     FROM (SELECT regexp_extract(trim(CAST((${text}) AS VARCHAR)), ${sqlString(leadingParts)}, ['a', 'b']) AS p FROM ${from})`,
  );
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dmy' : 'mdy';
}
