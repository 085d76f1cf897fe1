import { createHash, createHmac } from 'node:crypto';
import { maskValue, type MaskStyle } from '../../../shared/mask/maskValue';

const tokenTail = /#[0-9a-f]{6}$/;

/** The tag of a pseudonym: 6 hex of HMAC-SHA256(key, value), equal for equal values within a case. */
export function pseudonymTag(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 6);
}

/** A keyed pseudonym: the value's masked shape plus its tag (`tag` when pseudonymTagSql computed it already). */
export function pseudonym(key: Buffer, value: string, style: MaskStyle, tag = pseudonymTag(key, value)): string {
  return `${maskValue(value, style) ?? ''}#${tag}`;
}

/**
 * SQL giving pseudonymTag of the VARCHAR `valueSql`, the HMAC spelt with DuckDB's sha256 (tens of thousands of values
 * of a side file tagged by DuckDB's threads instead of one by one in JS), its key material bound as the parameters
 * pseudonymTagParams gives, never written into the SQL text.
 */
export function pseudonymTagSql(valueSql: string): string {
  return `left(sha256(unhex($tag_opad) || unhex(sha256(unhex($tag_ipad) || encode(${valueSql})))), 6)`;
}

/** The parameters of pseudonymTagSql for `key`: the key padded to SHA-256's block and XORed with HMAC's inner and outer pads, in hex. */
export function pseudonymTagParams(key: Buffer): { tag_ipad: string; tag_opad: string } {
  const block = Buffer.alloc(64);
  (key.length > 64 ? createHash('sha256').update(key).digest() : key).copy(block);
  const padded = (pad: number) => Buffer.from(block.map((b) => b ^ pad)).toString('hex');
  return { tag_ipad: padded(0x36), tag_opad: padded(0x5c) };
}

/** True when `v` is a pseudonym (a masked shape with a tag), so masking twice changes nothing. */
export function isPseudonym(v: string): boolean {
  return tokenTail.test(v) && /[*•]/.test(v);
}
