import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';

/** The first storage format whose text columns DuckDB compresses with DICT_FSST, and which refuses a forced FSST. */
const dictFsstSince = [1, 3, 0];

/** Whether a storage-version tag as DuckDB reports it (`v1.5.0+`) names a format with DICT_FSST; an unreadable tag says no. */
export function formatHasDictFsst(tag: string | null): boolean {
  const parts = /^v(\d+)\.(\d+)\.(\d+)/.exec(tag ?? '')?.slice(1).map(Number);
  if (!parts) return false;
  const at = parts.findIndex((p, i) => p !== dictFsstSince[i]);
  return at === -1 || (parts[at] as number) > (dictFsstSince[at] as number);
}

/**
 * Whether the open case's file is in a storage format with DICT_FSST (v1.3.0 on): there a forced FSST is refused and
 * DuckDB's own choice is the cheap one; a case created in the v1.0 format keeps it, and FSST with it.
 */
export async function writesDictFsst(c: DuckDBConnection): Promise<boolean> {
  const { v } = await queryOne<{ v: string | null }>(c, `SELECT tags['storage_version'] AS v FROM duckdb_databases() WHERE database_name = current_database()`);
  return formatHasDictFsst(v);
}
