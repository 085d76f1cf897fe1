import type { CheckKey } from './coverageMacros';

/** Cheap features of a normalised value `v` (length, first character, characters held), computed once per value. */
export const guardFeatures = {
  n: (v: string) => `strlen(${v})`,
  digit: (v: string) => `bd_digit_start(${v})`,
  at: (v: string) => `contains(${v}, '@')`,
  space: (v: string) => `contains(${v}, ' ')`,
  tab: (v: string) => `contains(${v}, chr(9))`,
  colon: (v: string) => `contains(${v}, ':')`,
  dot: (v: string) => `contains(${v}, '.')`,
  dash: (v: string) => `contains(${v}, '-')`,
  slash: (v: string) => `contains(${v}, '/')`,
  dollar: (v: string) => `starts_with(${v}, '$')`,
  pbkdf2: (v: string) => `starts_with(${v}, 'pbkdf2_sha')`,
} as const;

/** A feature of guardFeatures, named by its key. */
type Feature = keyof typeof guardFeatures;

/**
 * One pre-filter per check, over the features only (`f` names a feature's column): every value a check accepts passes
 * its pre-filter, so the count passing it bounds the check's count from above with no regex and no date parsing.
 * `plain` is the check itself (it needs nothing else), so its count is exact.
 */
export const coverageGuards: Record<CheckKey, (f: (feature: Feature) => string) => string> = {
  email: (f) => `${f('at')} AND ${f('n')} <= 254`,
  ip: (f) => `(${f('n')} BETWEEN 7 AND 15 AND ${f('digit')} AND ${f('dot')}) OR (${f('n')} BETWEEN 3 AND 45 AND ${f('colon')} AND NOT ${f('space')} AND NOT ${f('dash')})`,
  ipNumber: (f) => `(${f('n')} BETWEEN 2 AND 11 OR ${f('n')} IN (32, 34)) AND NOT ${f('space')} AND NOT ${f('dot')} AND NOT ${f('colon')}`,
  hash: (f) => `${f('dollar')} OR ${f('pbkdf2')} OR ${f('n')} IN (32, 40, 64, 128) OR (${f('colon')} AND ${f('n')} BETWEEN 34 AND 193)`,
  opaque: (f) => `${f('n')} >= 16 AND ${f('n')} % 2 = 0`,
  date: (f) => `${f('n')} BETWEEN 8 AND 32 AND ${f('digit')}`,
  birth: (f) => `${f('n')} BETWEEN 8 AND 32 AND ${f('digit')} AND NOT ${f('colon')}`,
  phone: (f) => `${f('n')} BETWEEN 8 AND 24`,
  postal: (f) => `${f('n')} BETWEEN 3 AND 10`,
  gender: (f) => `${f('n')} <= 12 AND NOT ${f('digit')}`,
  name: (f) => `${f('n')} BETWEEN 2 AND 120 AND NOT ${f('digit')} AND NOT ${f('at')}`,
  address: (f) => `${f('n')} >= 4 AND ${f('space')}`,
  place: (f) => `(${f('n')} >= 4 AND ${f('space')}) OR (${f('n')} BETWEEN 2 AND 120 AND NOT ${f('digit')} AND NOT ${f('at')})`,
  username: (f) => `${f('n')} BETWEEN 3 AND 32 AND NOT ${f('space')} AND NOT ${f('at')}`,
  identifier: (f) => `(${f('n')} <= 20 AND ${f('digit')} AND NOT ${f('space')} AND NOT ${f('dash')} AND NOT ${f('slash')} AND NOT ${f('dot')}) OR ${f('n')} = 36`,
  plain: (f) => `${f('n')} <= 512 AND NOT ${f('space')} AND NOT ${f('tab')}`,
  national: (f) => `${f('n')} BETWEEN 8 AND 15 AND ${f('digit')} AND NOT ${f('space')} AND NOT ${f('dash')} AND NOT ${f('dot')} AND NOT ${f('slash')} AND NOT ${f('colon')}`,
  sexCode: (f) => `${f('n')} = 1 AND ${f('digit')}`,
  serialDate: (f) => `${f('n')} BETWEEN 5 AND 14 AND NOT ${f('space')} AND NOT ${f('dot')} AND NOT ${f('slash')} AND NOT ${f('colon')}`,
  blob: (f) => `${f('n')} >= 16 AND ${f('n')} % 2 = 0`,
  card: (f) => `${f('n')} BETWEEN 13 AND 23 AND ${f('digit')}`,
  cardMasked: (f) => `${f('n')} BETWEEN 12 AND 60`,
  lastDigits: (f) => `${f('n')} = 4 AND ${f('digit')}`,
  iban: (f) => `${f('n')} BETWEEN 15 AND 42 AND NOT ${f('digit')}`,
  account: (f) => `${f('n')} BETWEEN 8 AND 42`,
  govId: (f) => `${f('n')} BETWEEN 9 AND 21`,
  document: (f) => `${f('n')} BETWEEN 5 AND 24`,
};

/** The SQL selecting value column `v<i>`'s features as `<feature><i>`. */
export function featureColumns(i: number): string {
  return Object.entries(guardFeatures)
    .map(([f, sql]) => `${sql(`v${i}`)} AS ${f}${i}`)
    .join(', ');
}

/** Check k's pre-filter over the feature columns of value column i. */
export function guardOf(k: CheckKey, i: number): string {
  return coverageGuards[k]((feature) => `${feature}${i}`);
}
