/** Windows-1252's characters for bytes 0x80–0x9F (Node's TextDecoder reads that label as Latin-1); undefined bytes map to U+FFFD. */
const high = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** The 256 characters of Windows-1252, indexed by byte. */
export const cp1252Chars: string[] = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? (high[b - 0x80] as string) : String.fromCharCode(b)));

/** Decodes Windows-1252 bytes; single-byte, so chunks can be decoded independently. */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    out += Array.from(part, (b) => cp1252Chars[b] as string).join('');
  }
  return out;
}
