import type { CheckKey } from './coverageMacros';

/** Cheap features of a normalised value `{v}` (length, first character, characters held), computed once per value. */
export const guardFeatures = {
  n: 'strlen({v})',
  digit: 'bd_digit_start({v})',
  at: "contains({v}, '@')",
  space: "contains({v}, ' ')",
  tab: 'contains({v}, chr(9))',
  colon: "contains({v}, ':')",
  dot: "contains({v}, '.')",
  dash: "contains({v}, '-')",
  slash: "contains({v}, '/')",
  dollar: "starts_with({v}, '$')",
  pbkdf2: "starts_with({v}, 'pbkdf2_sha')",
} as const;

/**
 * One pre-filter per check, over the features only: every value a check accepts passes its pre-filter,
 * so the count passing it bounds the check's count from above with no regex and no date parsing.
 * `plain` is the check itself (it needs nothing else), so its count is exact.
 */
export const coverageGuards: Record<CheckKey, string> = {
  email: '{at} AND {n} <= 254',
  ip: '({n} BETWEEN 7 AND 15 AND {digit} AND {dot}) OR ({n} BETWEEN 3 AND 45 AND {colon} AND NOT {space} AND NOT {dash})',
  hash: '{dollar} OR {pbkdf2} OR {n} IN (32, 40, 64, 128)',
  opaque: '{n} >= 16 AND {n} % 2 = 0',
  date: '{n} BETWEEN 8 AND 32 AND {digit}',
  birth: '{n} BETWEEN 8 AND 32 AND {digit} AND NOT {colon}',
  phone: '{n} BETWEEN 8 AND 24',
  postal: '{n} BETWEEN 3 AND 10',
  gender: '{n} <= 12 AND NOT {digit}',
  name: '{n} BETWEEN 2 AND 120 AND NOT {digit} AND NOT {at}',
  address: '{n} >= 4 AND {space}',
  place: '({n} >= 4 AND {space}) OR ({n} BETWEEN 2 AND 120 AND NOT {digit} AND NOT {at})',
  username: '{n} BETWEEN 3 AND 32 AND NOT {space} AND NOT {at}',
  identifier: '({n} <= 20 AND {digit} AND NOT {space} AND NOT {dash} AND NOT {slash} AND NOT {dot}) OR {n} = 36',
  plain: '{n} <= 512 AND NOT {space} AND NOT {tab}',
};

/** The SQL selecting value column `v<i>`'s features as `<feature><i>`. */
export function featureColumns(i: number): string {
  return Object.entries(guardFeatures)
    .map(([f, sql]) => `${sql.replaceAll('{v}', `v${i}`)} AS ${f}${i}`)
    .join(', ');
}

/** Check k's pre-filter over the feature columns of value column i. */
export function guardOf(k: CheckKey, i: number): string {
  return coverageGuards[k].replace(/\{(\w+)\}/g, (_, f: string) => `${f}${i}`);
}
