import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../../sql/sqlString';
import { layeredRecordsSql } from './mappedRecordsSql';
import type { RecordMapping } from './RecordMapping';

/**
 * Inserts the account events of a staged source into `account_event`, stamped with the source id and raw_ref = ln,
 * and returns how many. Why here and not in loadMapped: they are no sign-ins (the sign-in mapping skips and counts
 * them), and they read fields of their own, so their layers stay out of the sign-in statement.
 */
export async function loadAccountEvents(c: DuckDBConnection, mapping: RecordMapping, sourceId: number): Promise<number> {
  const a = mapping.accountEvents;
  if (!a) return 0;
  const cols = (['ts', 'user', 'kind', 'by_user', 'host'] as const).map((k) => `${a.columns[k]} AS ${sqlIdent(k)}`).join(', ');
  const inserted = await c.run(
    `INSERT INTO account_event (ts, "user", kind, by_user, host, source_id, raw_ref)
     SELECT ts, "user", kind, by_user, host, $sourceId, ln FROM (SELECT ln, ${cols} FROM ${layeredRecordsSql({ from: mapping.from, layers: a.layers })} WHERE coalesce(${a.where}, false))
     WHERE ts IS NOT NULL AND kind IS NOT NULL ORDER BY ln`,
    { sourceId },
  );
  return inserted.rowsChanged;
}
