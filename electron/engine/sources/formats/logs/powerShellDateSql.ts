/**
 * SQL: a date as Windows PowerShell 5.1's ConvertTo-Json writes a .NET DateTime, `/Date(1705314030000)/` (milliseconds
 * since 1970, UTC; an offset after them, as other .NET serialisers add, only tells the writer's zone), as TIMESTAMPTZ;
 * NULL for any other text. Why: an export made with the Windows PowerShell that ships with Windows has its times so.
 */
export function powerShellDateSql(text: string): string {
  return `CASE WHEN starts_with(${text}, '/Date(') AND regexp_full_match(${text}, '/Date\\((-?[0-9]+)([+-][0-9]{4})?\\)/') THEN epoch_ms(CAST(regexp_extract(${text}, '(-?[0-9]+)', 1) AS BIGINT)) END`;
}
