/**
 * SQL equal to DuckDB's `trim(expr)` (space separators stripped at both ends) that calls trim only when an end may hold
 * one: a space, or any character outside ASCII (why: trim walks every character of every value with a Unicode lookup,
 * the larger share of a CSV load's mapping; the byte and character counts tell ASCII text at a fraction of that).
 */
export function trimSql(expr: string): string {
  return `(CASE WHEN ${expr} LIKE ' %' OR ${expr} LIKE '% ' OR strlen(${expr}) <> length(${expr}) THEN trim(${expr}) ELSE ${expr} END)`;
}
