/** Binary values this long or shorter are always hex: keys and digests up to 16 bytes (UUID, IPv6, MD5) are printable by chance ((95/256)^16 ≈ 1e-7 each), never text. */
const longestAlwaysHex = 16;

/**
 * The text a dump's binary value stands for (bytes as char codes 0–255), why: mysqldump writes a bcrypt hash or a token
 * kept in a VARBINARY column as bytes, and its hex digits are neither a hash nor anything else. More than 16 printable
 * ASCII bytes are that text (a random digest of 20 bytes or more is all printable with odds under 3e-9); anything else
 * is its lowercase hex digits, as mysqldump --hex-blob writes it.
 */
export function binaryValueText(bytes: string): string {
  if (bytes.length > longestAlwaysHex && /^[\x20-\x7e]*$/.test(bytes)) return bytes;
  return Buffer.from(bytes, 'latin1').toString('hex');
}

/** The text of a hex literal (`0x…`, `X'…'`, as --hex-blob writes a binary column): its bytes read as binaryValueText reads them. */
export function hexLiteralText(digits: string): string {
  const even = digits.length % 2 === 0 ? digits : `0${digits}`;
  return binaryValueText(Buffer.from(even, 'hex').toString('latin1'));
}
