/**
 * Fewest hours between an account's first and last success from an address (or its /24 pool, or IPv6 /64) for the
 * address to be the account's own by use on two days. Why: two calendar days alone also counted one sitting that
 * crossed midnight UTC (the blind run's attackers signed in for 13 and 96 minutes across it), so a takeover's address
 * became "the account's own". Six hours is four times the longest such sitting and shorter than the shortest night
 * between an owner's late sign-in and the next morning's (23:30 to 06:30); 12 and 20 hours named the same takeovers and
 * 6 and 40 more wrong findings in the house sweep (docs/detection-scenarios.md, rule 11).
 */
export const ownAddressMinHours = 6;

/** SQL true when successes whose first and last times are `first` and `last` are on two days: two calendar days (UTC) at least `ownAddressMinHours` apart. */
export const manyDaysSql = (first: string, last: string): string =>
  `(date_trunc('day', ${first}) < date_trunc('day', ${last}) AND ${last} - ${first} >= INTERVAL ${ownAddressMinHours} HOUR)`;
