/**
 * Splits delimited text into records of fields, honouring double quotes (doubled to escape) and
 * quoted fields spanning lines. For sniffing a head only; the last, possibly cut, record is dropped.
 */
export function splitRecords(text: string, delim: string, maxRecords = 200): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delim) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') records.push(fields);
      fields = [];
      field = '';
    } else {
      field += ch;
    }
    i++;
  }
  return records;
}
