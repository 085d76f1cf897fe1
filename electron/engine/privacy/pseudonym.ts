import { createHmac } from 'node:crypto';
import { maskValue, type MaskStyle } from '../../../shared/mask/maskValue';

const tokenTail = /#[0-9a-f]{6}$/;

/** A keyed pseudonym: the value's masked shape plus 6 hex of HMAC-SHA256(key, value), equal for equal values within a case. */
export function pseudonym(key: Buffer, value: string, style: MaskStyle): string {
  const tag = createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 6);
  return `${maskValue(value, style) ?? ''}#${tag}`;
}

/** True when `v` is a pseudonym (a masked shape with a tag), so masking twice changes nothing. */
export function isPseudonym(v: string): boolean {
  return tokenTail.test(v) && /[*•]/.test(v);
}
