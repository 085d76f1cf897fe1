/** Lengths read with a leading vowel sound ("an 8-character", "an 11-character", "an 18 000-character" value). */
const anLength = '8[0-9]*|1[18]|1[18][0-9]{3}|1[18][0-9]{6}';

/**
 * Says what a refused value looks like without repeating it (its length and the kinds of characters in it), so a
 * reject reason, an error or an audit entry can say what was found while never carrying a personal value.
 */
export function valueShape(value: string): string {
  if (value.trim() === '') return 'an empty field';
  const kinds = [
    /\p{L}/u.test(value) && 'letters',
    /\p{N}/u.test(value) && 'digits',
    /\s/u.test(value) && 'spaces',
    /[^\p{L}\p{N}\s]/u.test(value) && 'symbols',
  ].filter((k): k is string => k !== false);
  const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1) as string}` : kinds[0];
  const length = [...value].length;
  return `${new RegExp(`^(${anLength})$`).test(String(length)) ? 'an' : 'a'} ${length}-character value of ${list}`;
}

/** valueShape in SQL: the same sentence for a text expression, built by DuckDB so no value reaches JS. */
export function valueShapeSql(expr: string): string {
  const kinds = `list_filter([
    CASE WHEN regexp_matches(${expr}, '\\p{L}') THEN 'letters' END,
    CASE WHEN regexp_matches(${expr}, '\\p{N}') THEN 'digits' END,
    CASE WHEN regexp_matches(${expr}, '\\s') THEN 'spaces' END,
    CASE WHEN regexp_matches(${expr}, '[^\\p{L}\\p{N}\\s]') THEN 'symbols' END], k -> k IS NOT NULL)`;
  return `CASE WHEN trim(${expr}) = '' THEN 'an empty field' ELSE CASE WHEN regexp_full_match(length(${expr})::VARCHAR, '${anLength}') THEN 'an ' ELSE 'a ' END || length(${expr}) || '-character value of ' ||
    CASE WHEN len(${kinds}) > 1 THEN array_to_string(${kinds}[1:-2], ', ') || ' and ' || ${kinds}[-1] ELSE ${kinds}[1] END END`;
}
