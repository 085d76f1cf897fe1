import { sqlString } from '../../electron/engine/sql/sqlString';

/** A deterministic pseudo-random string over `alphabet` (xorshift32 seeded by `seed`), generated once in JS. */
export function poolText(alphabet: string, length: number, seed: number): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/**
 * SQL for `len` characters cut from a random pool at an offset drawn from the hash of `seedSql`:
 * random-looking text at the cost of one hash and one substring per row, far cheaper than md5 or base64.
 */
export function poolSlice(pool: string, len: number, seedSql: string, salt: number): string {
  return `substr(${sqlString(pool)}, (hash(${seedSql}, ${salt}) % ${pool.length - len + 1})::INTEGER + 1, ${len})`;
}
