import type { PasswordHashDto } from '../../../../shared/api/coverageApi';
import { formatCount } from '../../../../shared/format/formatCount';

const slow = new Set(['bcrypt', 'argon2', 'scrypt', 'yescrypt', 'sha512-crypt', 'sha256-crypt', 'django-pbkdf2']);

/** Describes one hash scheme's strength against offline cracking, with bcrypt's cost when known. */
function schemeWording(h: PasswordHashDto): string {
  if (h.scheme === 'bcrypt') {
    const costs = Object.keys(h.costs).map(Number).sort((a, b) => a - b);
    const cost = costs.length === 0 ? 'unknown cost' : costs.length === 1 ? `cost ${costs[0]}` : `costs ${costs[0]}–${costs.at(-1)}`;
    const weak = costs.length > 0 && (costs[0] as number) < 10;
    return `bcrypt at ${cost} (${formatCount(h.count)} values): a salted, deliberately slow hash; ${weak ? 'the cost is below 10, so weak and common passwords can still be cracked in days on commodity GPUs' : 'cracking is slow and per-password, so only weak or common passwords are at realistic risk'}`;
  }
  if (slow.has(h.scheme)) return `${h.scheme} (${formatCount(h.count)} values): a salted, slow hash; only weak or common passwords are at realistic risk`;
  if (h.scheme.startsWith('ambiguous')) {
    return `${h.scheme} (${formatCount(h.count)} values): fast, unsalted hashes (MD5/SHA-1/NTLM-class); most human-chosen passwords are recoverable within hours to days`;
  }
  if (h.scheme.startsWith('salted hex')) {
    return `${h.scheme} (${formatCount(h.count)} values): a fast hash (MD5/SHA-1-class) with a salt beside it; the salt defeats precomputed tables, not fast cracking, so most human-chosen passwords are recoverable`;
  }
  if (h.scheme === 'md5-crypt' || h.scheme === 'apr1-md5' || h.scheme === 'phpass') {
    return `${h.scheme} (${formatCount(h.count)} values): salted but fast by today's standards; a large share of passwords is recoverable`;
  }
  if (h.scheme === 'plaintext-looking') return `plaintext-looking (${formatCount(h.count)} values): passwords appear to be stored in clear and must be treated as disclosed`;
  if (h.scheme.startsWith('opaque')) return `${h.scheme} (${formatCount(h.count)} values): encrypted or encoded; exposure depends on whether the key was also taken`;
  return `${h.scheme} (${formatCount(h.count)} values)`;
}

/** The likely consequence of exposed password values, worded after the hash-scheme census. */
export function passwordConsequence(hashes: PasswordHashDto[]): string {
  if (hashes.length === 0) return 'A password column is present but no value could be categorised: treat passwords as exposed.';
  const parts = hashes.map(schemeWording);
  const anyFast = hashes.some((h) => !slow.has(h.scheme));
  const advice = anyFast
    ? 'Force a password reset for the affected accounts and warn subjects to change the password wherever they reused it.'
    : 'Recommend a password change, prioritising accounts seen in credential attacks, and warn subjects against password reuse.';
  return `${parts.join('; ')}. ${advice}`;
}
