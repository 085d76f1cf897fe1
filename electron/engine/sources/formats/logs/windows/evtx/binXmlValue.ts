/** BinXML value types (MS-EVEN6 2.2.13 / libyal); 0x80 marks an array of the base type. */
export const valueType = {
  null: 0x00,
  string: 0x01,
  ansiString: 0x02,
  binXml: 0x21,
  array: 0x80,
} as const;

/** Byte size of each fixed-size value type, for arrays. */
const fixedSize: Record<number, number> = { 0x03: 1, 0x04: 1, 0x05: 2, 0x06: 2, 0x07: 4, 0x08: 4, 0x09: 8, 0x0a: 8, 0x0b: 4, 0x0c: 8, 0x0d: 4, 0x0f: 16, 0x11: 8, 0x12: 16, 0x14: 4, 0x15: 8 };

const hex = (n: bigint | number, digits: number): string => '0x' + n.toString(16).padStart(digits, '0');

/** A UTF-16LE string without its trailing NULs. */
export function utf16(buf: Buffer, start: number, bytes: number): string {
  let end = start + (bytes & ~1);
  while (end >= start + 2 && buf[end - 1] === 0 && buf[end - 2] === 0) end -= 2;
  return buf.toString('utf16le', start, end);
}

/** A FILETIME (100 ns ticks since 1601-01-01 UTC) as ISO 8601 UTC with 7 fraction digits, as Windows writes it. */
export function filetimeIso(ticks: bigint): string {
  const epochTicks = 116444736000000000n;
  const since = ticks - epochTicks;
  const ms = since / 10000n;
  const iso = new Date(Number(ms)).toISOString();
  const frac = ((since % 10000000n) + 10000000n) % 10000000n;
  return `${iso.slice(0, 19)}.${frac.toString().padStart(7, '0')}Z`;
}

function systemtimeIso(buf: Buffer, at: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const [y, mo, , d, h, mi, s, ms] = [0, 2, 4, 6, 8, 10, 12, 14].map((o) => buf.readUInt16LE(at + o)) as number[];
  return `${p(y ?? 0, 4)}-${p(mo ?? 0)}-${p(d ?? 0)}T${p(h ?? 0)}:${p(mi ?? 0)}:${p(s ?? 0)}.${p(ms ?? 0, 3)}Z`;
}

function guid(buf: Buffer, at: number): string {
  const h = (o: number, n: number) => buf.toString('hex', at + o, at + o + n).toUpperCase();
  const le = (o: number, n: number) => Buffer.from(buf.subarray(at + o, at + o + n)).reverse().toString('hex').toUpperCase();
  return `{${le(0, 4)}-${le(4, 2)}-${le(6, 2)}-${h(8, 2)}-${h(10, 6)}}`;
}

function sid(buf: Buffer, at: number, size: number): string {
  const count = buf[at + 1] ?? 0;
  if (size < 8 + 4 * count) throw new Error(`SID of ${size} bytes holds ${count} sub-authorities`);
  const authority = buf.readUIntBE(at + 2, 6);
  const subs = Array.from({ length: count }, (_, i) => buf.readUInt32LE(at + 8 + 4 * i));
  return ['S', buf[at] ?? 1, authority, ...subs].join('-');
}

/** One fixed-size or SID value of `type` at `at`, as the text an event viewer shows. */
function scalar(type: number, buf: Buffer, at: number, size: number): string {
  switch (type) {
    case 0x03: return String(buf.readInt8(at));
    case 0x04: return String(buf.readUInt8(at));
    case 0x05: return String(buf.readInt16LE(at));
    case 0x06: return String(buf.readUInt16LE(at));
    case 0x07: return String(buf.readInt32LE(at));
    case 0x08: return String(buf.readUInt32LE(at));
    case 0x09: return String(buf.readBigInt64LE(at));
    case 0x0a: return String(buf.readBigUInt64LE(at));
    case 0x0b: return String(buf.readFloatLE(at));
    case 0x0c: return String(buf.readDoubleLE(at));
    case 0x0d: return buf.readUInt32LE(at) === 0 ? 'false' : 'true';
    case 0x0f: return guid(buf, at);
    case 0x10: return size === 4 ? String(buf.readUInt32LE(at)) : String(buf.readBigUInt64LE(at));
    case 0x11: return filetimeIso(buf.readBigUInt64LE(at));
    case 0x12: return systemtimeIso(buf, at);
    case 0x13: return sid(buf, at, size);
    case 0x14: return hex(buf.readUInt32LE(at), 8);
    case 0x15: return hex(buf.readBigUInt64LE(at), 16);
    default: return buf.toString('hex', at, at + size).toUpperCase();
  }
}

/**
 * The text of a substitution value of `type` and `size` bytes at `at` (any type but BinXML, which the parser expands):
 * strings, integers, hex integers, GUIDs, SIDs, FILETIME, SYSTEMTIME, binary and arrays of them (joined by ", ").
 */
export function valueText(type: number, buf: Buffer, at: number, size: number): string {
  if (size === 0 || type === valueType.null) return '';
  if (at + size > buf.length) throw new Error(`a value of ${size} bytes runs past the chunk end`);
  if (type === valueType.string) return utf16(buf, at, size);
  if (type === valueType.ansiString) return buf.toString('latin1', at, at + size).replace(/\0+$/, '');
  if (type === 0x0e) return buf.toString('hex', at, at + size).toUpperCase();
  if ((type & valueType.array) === 0) return scalar(type, buf, at, size);
  const base = type & 0x7f;
  if (base === valueType.string) return utf16(buf, at, size).split('\0').join(', ');
  if (base === valueType.ansiString) return buf.toString('latin1', at, at + size).replace(/\0+$/, '').split('\0').join(', ');
  const step = base === 0x10 ? 8 : base === 0x13 ? 0 : (fixedSize[base] ?? 0);
  if (step === 0) return buf.toString('hex', at, at + size).toUpperCase();
  const items: string[] = [];
  for (let o = 0; o + step <= size; o += step) items.push(scalar(base, buf, at + o, step));
  return items.join(', ');
}
