import type { DuckDBConnection } from '@duckdb/node-api';
import type { CaseDb } from '../db/CaseDb';
import { queryOne, queryRows } from '../sql/queryRows';
import { personalKeys } from './personalRule';

/** A string value under an identity key of a JSON text (group 2), for the keys of the rule. */
const identityInJson = `"(${Object.keys(personalKeys)
  .filter((k) => personalKeys[k] === 'identity')
  .join('|')})"\\s*:\\s*"([^"\\\\]*)"`;

/**
 * The accounts the case's own tables write into free text: those its findings name (`users`, and under an identity key
 * of the evidence, such as the account that reset a password) and those the analyst dismissed, now or before (an
 * audit entry's `value`). A data-view page or facet of those tables looks for them inside its free text, since a facet of summaries
 * does not carry the accounts beside them.
 */
export async function namedAccounts(c: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows<{ u: string }>(
    c,
    `SELECT DISTINCT u FROM (
       SELECT unnest(users) AS u FROM finding
       UNION ALL SELECT unnest(regexp_extract_all(evidence::VARCHAR, $pattern, 2)) FROM finding
       UNION ALL SELECT json_extract_string(detail, '$.value') FROM audit
         WHERE action IN ('add_dismissal', 'remove_dismissal') AND json_extract_string(detail, '$.kind') = 'account'
     ) WHERE u IS NOT NULL AND u <> ''`,
    { pattern: identityInJson },
  );
  return rows.map((r) => r.u);
}

/** What namedAccounts reads, in one value that changes whenever its answer may: the findings (count, ids, last update) and the dismissals audited. */
async function namedAccountsState(c: DuckDBConnection): Promise<string> {
  const { s } = await queryOne<{ s: string }>(
    c,
    `SELECT concat_ws('/', count(*), max(updated_at), bit_xor(hash(id)),
       (SELECT count(*) FROM audit WHERE action IN ('add_dismissal', 'remove_dismissal'))) AS s FROM finding`,
  );
  return s;
}

const known = new WeakMap<CaseDb, { state: string; names: string[] }>();

/** namedAccounts of an open case, read again only when its findings or dismissals changed (why: the scan of every evidence costs 0.2 s at 20 000 findings, and the data view asks it on every page of a table with free text). */
export async function namedAccountsOf(db: CaseDb): Promise<string[]> {
  return db.withConnection(async (c) => {
    const state = await namedAccountsState(c);
    const hit = known.get(db);
    if (hit?.state === state) return hit.names;
    const names = await namedAccounts(c);
    known.set(db, { state, names });
    return names;
  });
}
