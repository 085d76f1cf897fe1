import { sqlIdent } from '../../../sql/sqlString';
import { blankToNull } from './jsonFields';

/** SQL per field over a staged CSV: the first non-blank of the candidate columns present (matched case-insensitively), else NULL. */
export function csvFields(columns: string[], names: Record<string, string[]>): Record<string, string> {
  const byLower = new Map(columns.map((col) => [col.toLowerCase(), col]));
  return Object.fromEntries(
    Object.entries(names).map(([name, candidates]) => {
      const found = candidates.map((n) => byLower.get(n.toLowerCase())).filter((n): n is string => n !== undefined);
      return [name, found.length === 0 ? 'CAST(NULL AS VARCHAR)' : `coalesce(${found.map((n) => blankToNull(sqlIdent(n))).join(', ')})`];
    }),
  );
}
