import { sqlJsonPath } from '../../../sql/sqlString';
import { trimSql } from '../../../sql/trimSql';

/** SQL: the JSON value at a dotted path of a JSON column. */
export function jsonValue(path: string, column = 'j'): string {
  return `json_extract(${column}, ${sqlJsonPath(path.split('.'))})`;
}

/** SQL: a text value with empty, `-` and the literal `null` turned into NULL. */
export function blankToNull(expr: string): string {
  const t = trimSql(expr);
  return `CASE WHEN ${t} IN ('', '-', 'null', 'NULL') THEN NULL ELSE ${t} END`;
}

/** SQL: the text under a literal top-level key that itself holds dots (Zeek's `id.orig_h`), blank → NULL. */
export function keyText(key: string, column = 'j'): string {
  return blankToNull(`json_extract_string(${column}, ${sqlJsonPath([key])})`);
}

/**
 * Two mapping layers reading many JSON fields with one parse per record: the first extracts every
 * candidate path at once, the second names, per field, the first non-blank candidate.
 */
export function jsonFieldLayers(fields: Record<string, string[]>, column = 'j'): [Record<string, string>, Record<string, string>] {
  const paths = [...new Set(Object.values(fields).flat())];
  const extract = { json_values: `json_extract_string(${column}, [${paths.map((p) => sqlJsonPath(p.split('.'))).join(', ')}])` };
  const pick = Object.fromEntries(
    Object.entries(fields).map(([name, candidates]) => [name, `coalesce(${candidates.map((p) => blankToNull(`json_values[${paths.indexOf(p) + 1}]`)).join(', ')})`]),
  );
  return [extract, pick];
}
