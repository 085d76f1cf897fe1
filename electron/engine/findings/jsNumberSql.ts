/**
 * SQL turning the DOUBLE `x` into the text JavaScript's String(x) gives (what a side file written row by row in JS
 * held), from DuckDB's shortest round-trip digits: DuckDB writes `5.0`, `1e+16` and `1e-05` where JavaScript writes
 * `5`, `10000000000000000` and `0.00001`. A value the JSON conversion turns into text (NaN, ±Infinity) is given as
 * csvCell writes that text ('-Infinity gets the formula guard). Between 1e-4 and 1e15 (DuckDB's plain notation, and
 * whole numbers below 2^53) the two spellings differ only by DuckDB's `.0`, so most values take that short branch.
 */
export function jsNumberSql(x: string): string {
  const repr = `(${x})::VARCHAR`;
  const mantissa = `split_part(${repr}, 'e', 1)`;
  const digits = `replace(ltrim(${mantissa}, '-'), '.', '')`;
  const k = `length(${digits})`;
  const n = `(split_part(${repr}, 'e', 2)::INTEGER + 1)`;
  const sign = `CASE WHEN starts_with(${repr}, '-') THEN '-' ELSE '' END`;
  const expanded = `CASE
      WHEN ${n} >= ${k} AND ${n} <= 21 THEN ${digits} || repeat('0', ${n} - ${k})
      WHEN ${n} > 0 AND ${n} <= 21 THEN ${digits}[1:${n}] || '.' || ${digits}[${n} + 1:]
      WHEN ${n} > -6 AND ${n} <= 0 THEN '0.' || repeat('0', -${n}) || ${digits}
      ELSE ${digits}[1:1] || CASE WHEN ${k} > 1 THEN '.' || ${digits}[2:] ELSE '' END || 'e' || CASE WHEN ${n} - 1 >= 0 THEN '+' ELSE '-' END || abs(${n} - 1)::VARCHAR
    END`;
  return `CASE
    WHEN (${x}) IS NULL THEN NULL
    WHEN isnan(${x}) THEN 'NaN'
    WHEN isinf(${x}) THEN CASE WHEN (${x}) > 0 THEN 'Infinity' ELSE '''-Infinity' END
    WHEN (${x}) = 0 THEN '0'
    WHEN abs(${x}) >= 1e-4 AND abs(${x}) < 1e15 THEN CASE WHEN (${x}) = trunc(${x}) THEN ((${x})::HUGEINT)::VARCHAR ELSE ${repr} END
    WHEN NOT contains(${repr}, 'e') THEN regexp_replace(${repr}, '\\.0$', '')
    ELSE ${sign} || ${expanded}
  END`;
}
