import { sqlIdent } from '../../../sql/sqlString';
import { blankToNull } from './jsonFields';

/** A column name as matched: lower case, runs of spaces as one, no space around (exports write `Application ID ` or `Autonomous system  number`). */
function matchKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * SQL per field over a staged CSV: the first non-blank of the candidate columns present (matched case-insensitively, spaces
 * as one; of two columns alike, the first), else NULL.
 */
export function csvFields(columns: string[], names: Record<string, string[]>): Record<string, string> {
  const byKey = new Map<string, string>();
  for (const col of columns) if (!byKey.has(matchKey(col))) byKey.set(matchKey(col), col);
  return Object.fromEntries(
    Object.entries(names).map(([name, candidates]) => {
      const found = candidates.map((n) => byKey.get(matchKey(n))).filter((n): n is string => n !== undefined);
      return [name, found.length === 0 ? 'CAST(NULL AS VARCHAR)' : `coalesce(${found.map((n) => blankToNull(sqlIdent(n))).join(', ')})`];
    }),
  );
}
