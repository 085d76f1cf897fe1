/**
 * Hours of the wide windows in which the failures of sources no campaign claimed are counted again: a spray or
 * stuffing of a few leaked accounts from two or three addresses over an afternoon stays under `spray.minAccounts` in
 * every 20-minute window (docs/design.md §1, "Thin attacks").
 */
export const thinWindowHours = 6;

/**
 * Fewest distinct accounts a source must fail against in a wide window to be a thin attack source, when the tenant's
 * own base rate (the most any established address fails against, thinSourceHits.ts) is lower: two names from one
 * address are left alone, as a household's shared computer can give.
 */
export const thinMinAccounts = 3;

/** Marker in a campaign key (`shape:thin:n`) for a campaign whose sources were seen only in wide windows: medium unless it ends in a takeover. */
export const thinMarker = 'thin';
