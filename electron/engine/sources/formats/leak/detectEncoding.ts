/** Text encodings a leak file may come in; everything else is refused or read as Windows-1252. */
export type LeakEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Tells a text head's encoding: BOM first, then UTF-8 validity of the sample, else Windows-1252. */
export function detectEncoding(head: Buffer): LeakEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return isUtf8(head) ? 'utf-8' : 'windows-1252';
}

/** True when the bytes are valid UTF-8, tolerating a multi-byte sequence cut at the end of the sample. */
function isUtf8(head: Buffer): boolean {
  let i = 0;
  while (i < head.length) {
    const b = head[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= head.length) return true;
      const cont = head[i + k] as number;
      if ((cont & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}
