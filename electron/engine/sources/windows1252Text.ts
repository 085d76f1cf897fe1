/**
 * Whether a log's first bytes are Windows-1252 ("ANSI") text rather than UTF-8: Excel's "CSV (Comma delimited)",
 * PowerShell 5's `Export-Csv -Encoding Default` and Windows tools on a Western-European locale write it, and DuckDB's
 * readers refuse its accented letters as invalid UTF-8, row by row. True when, with no NUL byte (binary), most of the
 * bytes above 0x7F form no UTF-8 sequence: a head whose accents are mostly valid UTF-8 stays UTF-8, so a stray bad byte
 * in a UTF-8 log costs its line a reject instead of every accent being misread (and a Windows-1252 pair that happens
 * to spell a UTF-8 letter, `Ã©`, does not turn the file's other accents into rejects).
 */
export function isWindows1252Text(head: Buffer): boolean {
  let invalid = 0;
  let valid = 0;
  let i = 0;
  while (i < head.length) {
    const b = head[i] as number;
    if (b === 0) return false;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need > 0 && i + need >= head.length) break;
    let k = 1;
    while (k <= need && ((head[i + k] as number) & 0xc0) === 0x80) k++;
    if (need > 0 && k > need) {
      valid += 1;
      i += need + 1;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return invalid > valid;
}
