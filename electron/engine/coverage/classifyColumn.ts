import type { CheckKey } from './coverageMacros';
import type { DataClass } from './dataClasses';

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
  Usernames: 'username',
  'Encrypted data': 'opaque',
  Dates: 'date',
  Identifiers: 'identifier',
  Other: null,
};

/** Classes whose validator is loose enough that a header hint is needed to name them. */
const hintOnly = new Set<DataClass>(['Passwords', 'Usernames', 'Physical addresses', 'Identifiers', 'Names']);

/**
 * Decides a column's data class from content, the header only as a hint: unambiguous shapes first
 * (email, IP, password hash, date, gender, opaque blob), then a hint the content supports, then
 * looser shapes. Returns the class and how many values its validator accepts.
 */
export function classifyColumn(counts: ColumnCounts, hint: DataClass | null): { dataClass: DataClass; valid: number } {
  const { populated, distinct, valid } = counts;
  if (populated === 0) return { dataClass: hint ?? 'Other', valid: 0 };
  const share = (k: CheckKey) => valid[k] / populated;
  const pick = (dataClass: DataClass) => {
    const k = validator[dataClass];
    const n = k === null ? 0 : dataClass === 'Passwords' ? Math.max(valid.hash, valid.plain) : valid[k];
    return { dataClass, valid: n };
  };
  if (share('email') >= 0.8) return pick('Email addresses');
  if (share('ip') >= 0.8) return pick('IP addresses');
  if (share('hash') >= 0.8) return pick('Passwords');
  if (share('date') >= 0.8) {
    const birth = hint === 'Dates of birth' || (hint !== 'Dates' && share('birth') >= 0.8);
    return pick(birth ? 'Dates of birth' : 'Dates');
  }
  if (share('gender') >= 0.9 && distinct <= 12) return pick('Genders');
  if (share('opaque') >= 0.8) return pick(hint === 'Passwords' ? 'Passwords' : 'Encrypted data');
  if (hint) {
    const k = validator[hint];
    const supported = k !== null && share(k) >= 0.5;
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
