/** The single-character escapes of PostgreSQL's COPY text format. */
const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * One COPY text-format field as its value (PostgreSQL's `COPY … FROM stdin` rows in a plain pg_dump): `\N` alone is
 * NULL; `\b \f \n \r \t \v`, octal `\ooo`, hex `\xhh` and a backslash before any other character are unescaped.
 */
export function pgCopyField(raw: string): string | null {
  if (raw === '\\N') return null;
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch !== '\\' || i === raw.length - 1) {
      out += ch;
      continue;
    }
    const next = raw[i + 1] as string;
    const octal = /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4));
    const hex = next === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(raw.slice(i + 2, i + 4)) : null;
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
      i += octal[0].length;
    } else if (hex) {
      out += String.fromCharCode(parseInt(hex[0], 16));
      i += 1 + hex[0].length;
    } else {
      out += escapes[next] ?? next;
      i += 1;
    }
  }
  return out;
}

/** A COPY text-format row split at its tabs (an escaped tab is `\t`, never a raw one) into values. */
export function pgCopyRow(line: string): Array<string | null> {
  return line.split('\t').map(pgCopyField);
}
