import type { CheckKey } from './coverageMacros';
import type { CoverageClass, DataClass } from './dataClasses';
import { encryptedClass } from '../../../shared/encryptedClass';

/** Counts over one column's populated values: how many pass each class check, and how many are distinct. */
export interface ColumnCounts {
  populated: number;
  distinct: number;
  valid: Record<CheckKey, number>;
}

/** The check whose pass count is a class's valid count. */
const validator: Record<DataClass, CheckKey | null> = {
  'Email addresses': 'email',
  Passwords: 'plain',
  Names: 'name',
  Genders: 'gender',
  'Dates of birth': 'birth',
  'Phone numbers': 'phone',
  'IP addresses': 'ip',
  'Physical addresses': 'place',
  'Postal codes': 'postal',
  'Credit cards': 'card',
  'Partial credit card data': 'cardMasked',
  'Bank account numbers': 'account',
  'Government issued IDs': 'document',
  Usernames: 'username',
  Dates: 'date',
  Identifiers: 'identifier',
  Other: null,
};

/**
 * The checks whose counts add up to a class's valid count under a header hinting `hint`. Under an IP header an address
 * also counts in the forms a database keeps one (bd_ip_number): an INET_ATON or ip2long integer, INET6_ATON bytes dumped
 * as hex. Only there: without the header any count or key is a number.
 */
function validatorsUnder(dataClass: DataClass, hint: DataClass | null): CheckKey[] {
  const k = validator[dataClass];
  if (k === null) return [];
  return dataClass === 'IP addresses' && hint === 'IP addresses' ? [k, 'ipNumber'] : [k];
}

/** Classes whose validator is loose enough that a header hint is needed to name them. */
const hintOnly = new Set<DataClass>(['Passwords', 'Usernames', 'Physical addresses', 'Identifiers', 'Names']);

/**
 * Classes whose header keeps its class over opaque values (ciphertext, or bare hex a hash scheme would also name): a
 * `telephone_chiffre` of 64 hex digits is a phone number encrypted, not a password. Identifiers, user names and dates
 * are left out: a hex token under an `id` header is the identifier itself.
 */
const keepsClassEncrypted = new Set<DataClass>(['Email addresses', 'Names', 'Genders', 'Dates of birth', 'Phone numbers', 'IP addresses', 'Physical addresses', 'Postal codes']);

/**
 * The lowest share threshold the decision compares against: a share known to be below it fails every
 * comparison, so an upper bound below it decides as well as the exact count (see classifyBounded).
 */
export const lowestShareThreshold = 0.5;

/** How the decision reads a column: a check's share (compared only against thresholds ≥ lowestShareThreshold) and its exact count. */
interface CountReader {
  populated: number;
  distinct: number;
  share(k: CheckKey): number;
  exact(k: CheckKey): number;
}

/**
 * The decision itself: unambiguous shapes first (email, IP, password hash, date, gender, opaque blob),
 * then a hint the content supports, then looser shapes. Opaque blobs (ciphertext) keep the class the header names,
 * marked encrypted: `telephone_chiffre` is Phone numbers (encrypted).
 */
function decide(r: CountReader, hint: DataClass | null): { dataClass: CoverageClass; valid: number } {
  const { populated, distinct, share } = r;
  if (populated === 0) return { dataClass: hint ?? 'Other', valid: 0 };
  const validCount = (dataClass: DataClass) => validatorsUnder(dataClass, hint).reduce((n, k) => n + r.exact(k), 0);
  const pick = (dataClass: DataClass) => ({ dataClass, valid: dataClass === 'Passwords' ? Math.max(r.exact('hash'), r.exact('plain')) : validCount(dataClass) });
  if (share('email') >= 0.8) return pick('Email addresses');
  if (share('ip') >= 0.8) return pick('IP addresses');
  // Addresses kept as numbers or bytes (`last_ip INT UNSIGNED`, a VARBINARY(16) dumped as hex): before the hash and blob
  // shapes, since an IPv6 address dumped as 32 hex digits has an MD5's length.
  if (hint === 'IP addresses' && validCount('IP addresses') >= 0.8 * populated) return pick('IP addresses');
  if (hint !== null && keepsClassEncrypted.has(hint) && share('blob') >= 0.8) return { dataClass: encryptedClass(hint), valid: r.exact('blob') };
  // A binary key dumped as hex under an identifier header (a BINARY(16) UUID is 32 hex digits, as an MD5) is the identifier, not a password hash.
  if (hint === 'Identifiers' && share('hash') >= 0.8 && share('blob') >= 0.8) return { dataClass: 'Identifiers', valid: r.exact('blob') };
  if (share('hash') >= 0.8) return pick('Passwords');
  if (share('date') >= 0.8) {
    const birth = hint === 'Dates of birth' || (hint !== 'Dates' && share('birth') >= 0.8);
    return pick(birth ? 'Dates of birth' : 'Dates');
  }
  if (distinct <= 12 && share('gender') >= 0.9) return pick('Genders');
  // ISO/IEC 5218 codes (1 male, 2 female, 0 and 9 unknown): only a gender header tells them from any other small code.
  if (hint === 'Genders' && distinct <= 4 && share('sexCode') >= 0.9) return { dataClass: 'Genders', valid: r.exact('sexCode') };
  // Numbers with a check digit or a layout of their own (card numbers by Luhn, IBANs by mod 97, national ID numbers by their key
  // or layout) are named by content when no header names another class: a Luhn-valid loyalty number under `loyalty` stays an
  // identifier. A masked card number or an IBAN cannot be an identifier by chance, so an identifier header does not stop them.
  const unlessOther = (own: DataClass, alsoUnder: DataClass | null = null) => hint === null || hint === own || hint === alsoUnder;
  if (unlessOther('Credit cards') && share('card') >= 0.8) return pick('Credit cards');
  if (unlessOther('Credit cards', 'Identifiers') && share('cardMasked') >= 0.8) return pick('Partial credit card data');
  if (unlessOther('Bank account numbers', 'Identifiers') && share('iban') >= 0.8) return { dataClass: 'Bank account numbers', valid: r.exact('iban') };
  if (unlessOther('Government issued IDs') && share('govId') >= 0.8) return { dataClass: 'Government issued IDs', valid: r.exact('govId') };
  // The last four digits of a card under a card header: what receipts print, partial data (content alone reads them as postcodes).
  if (hint === 'Credit cards' && share('lastDigits') >= 0.8) return { dataClass: 'Partial credit card data', valid: r.exact('lastDigits') };
  // A hex or base64 token under an identifier header (a MongoDB ObjectId, a binary key) is the identifier itself, not one encrypted.
  if (share('opaque') >= 0.8 && hint === 'Identifiers') return { dataClass: 'Identifiers', valid: r.exact('opaque') };
  if (share('opaque') >= 0.8) return hint === 'Passwords' ? pick('Passwords') : { dataClass: encryptedClass(hint ?? 'Other'), valid: r.exact('opaque') };
  // Unix seconds or milliseconds and spreadsheet serial days: numbers that only a date header makes dates.
  if ((hint === 'Dates of birth' || hint === 'Dates') && share('serialDate') >= 0.8) return { dataClass: hint, valid: r.exact('serialDate') };
  // National numbers written without their trunk 0 (Italy, Spain), or with it lost to a spreadsheet: digits only a phone header makes phones.
  const phones = hint === 'Phone numbers' ? r.exact('phone') + r.exact('national') : 0;
  if (phones >= 0.8 * populated) return { dataClass: 'Phone numbers', valid: phones };
  if (hint) {
    const ks = validatorsUnder(hint, hint);
    const supported = ks.length > 0 && (ks.length === 1 ? share(ks[0] as CheckKey) : validCount(hint) / populated) >= 0.5;
    if (supported || (hintOnly.has(hint) && share('plain') >= 0.5)) return pick(hint);
  }
  if (share('phone') >= 0.8) return pick('Phone numbers');
  if (share('identifier') >= 0.9 && distinct >= 0.9 * populated) return pick('Identifiers');
  if (share('postal') >= 0.8) return pick('Postal codes');
  if (share('address') >= 0.6) return pick('Physical addresses');
  if (share('name') >= 0.8) return pick('Names');
  if (share('username') >= 0.8) return pick('Usernames');
  return pick('Other');
}

/**
 * Decides a column's data class from content, the header only as a hint, given every check's exact
 * count. Returns the class and how many values its validator accepts.
 */
export function classifyColumn(counts: ColumnCounts, hint: DataClass | null): { dataClass: CoverageClass; valid: number } {
  const { populated, distinct, valid } = counts;
  return decide({ populated, distinct, share: (k) => valid[k] / populated, exact: (k) => valid[k] }, hint);
}

/**
 * The checks the decision reads for these counts (by share or exact count), with the class it reaches: on a sample, the
 * checks worth counting exactly over all rows in one pass, since the decision over all rows likely reads the same ones.
 */
export function checksRead(counts: ColumnCounts, hint: DataClass | null): { read: CheckKey[]; dataClass: CoverageClass } {
  const { populated, distinct, valid } = counts;
  const read = new Set<CheckKey>();
  const seen = (k: CheckKey) => (read.add(k), valid[k]);
  const { dataClass } = decide({ populated, distinct, share: (k) => seen(k) / populated, exact: seen }, hint);
  return { read: [...read], dataClass };
}

/** What classifyBounded could tell: the decision, or the checks whose exact counts it still needs. */
export type BoundedDecision = { dataClass: CoverageClass; valid: number } | { need: CheckKey[] };

/**
 * The same decision as classifyColumn from exact counts where known and cheap upper bounds elsewhere
 * (values passing a check's pre-filter), so costly checks run only on columns where they can matter.
 * A bound below lowestShareThreshold answers every comparison as the exact count would. When the decision
 * reads a count it does not know, it is replayed assuming each unknown count at its bound, and every unknown
 * count on that likely path is asked for at once (one more pass when the bounds were close).
 */
export function classifyBounded(
  populated: number,
  distinct: number,
  exact: Partial<Record<CheckKey, number>>,
  upper: Record<CheckKey, number>,
  hint: DataClass | null,
): BoundedDecision {
  const unknown = new Set<CheckKey>();
  const replay = (assume: (k: CheckKey) => number) =>
    decide(
      {
        populated,
        distinct,
        share: (k) => {
          const n = exact[k];
          if (n !== undefined) return n / populated;
          if (upper[k] / populated < lowestShareThreshold) return upper[k] / populated;
          unknown.add(k);
          return assume(k) / populated;
        },
        exact: (k) => {
          const n = exact[k];
          if (n !== undefined) return n;
          unknown.add(k);
          return assume(k);
        },
      },
      hint,
    );
  const decided = replay((k) => upper[k]);
  return unknown.size === 0 ? decided : { need: [...unknown] };
}
