import { firstLine } from '../../firstLine';

/** The header fields of a CSV head (comma, semicolon or tab, whichever splits most), unquoted and trimmed. */
export function csvHeader(head: Buffer): string[] {
  const line = firstLine(head);
  const delim = [',', ';', '\t'].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ',');
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delim) {
      fields.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  fields.push(cur.trim());
  return fields;
}
