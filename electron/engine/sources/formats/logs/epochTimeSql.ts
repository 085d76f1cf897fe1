/**
 * SQL reading a time written as a count since 1970 (UTC), as Unix tools and many exporters write it: seconds, with or
 * without a fraction (9 or 10 digits: 1973–2286), or milliseconds (12 or 13 digits); NULL for any other text. Callers
 * put it where their usual reading failed, so a file of ISO times pays nothing for it.
 */
export function epochTimeSql(text: string): string {
  return `CASE WHEN regexp_full_match(${text}, '[0-9]{9,10}([.][0-9]+)?') THEN to_timestamp(${text}::DOUBLE)
    WHEN regexp_full_match(${text}, '[0-9]{12,13}') THEN epoch_ms(${text}::BIGINT) END`;
}
