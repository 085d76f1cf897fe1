import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
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
