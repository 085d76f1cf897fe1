/** Honest traffic the blind generator writes, each labelled so a wrong finding names its cause. */
export const blindHonest = [
  'everyday',
  'ipv6_privacy',
  'flatshare',
  'office_nat_change',
  'sso_migration',
  'term_start',
  'helpdesk_reset',
  'uptime_monitor',
  'stale_phone',
  'travel',
  'night_shift',
] as const;
/** One of blindHonest. */
export type BlindHonest = (typeof blindHonest)[number];

/** Attacks the blind generator writes, each drawn independently of the house generator. */
export const blindAttacks = ['slow_spray', 'stuffing_v6_48', 'stuffing_hosting_24', 'stuffing_one_ua', 'paced_brute_force', 'takeover', 'takeover_second_address', 'takeover_same_carrier', 'credential_valid'] as const;
/** One of blindAttacks. */
export type BlindAttack = (typeof blindAttacks)[number];

/** The finding kinds that rightly name an attack's accounts (a campaign of another kind still counts as "seen"). */
export const rightKinds: Record<BlindAttack, readonly string[]> = {
  slow_spray: ['password_spray'],
  stuffing_v6_48: ['credential_stuffing'],
  stuffing_hosting_24: ['credential_stuffing'],
  stuffing_one_ua: ['credential_stuffing'],
  paced_brute_force: ['brute_force'],
  takeover: ['account_takeover'],
  takeover_second_address: ['account_takeover'],
  takeover_same_carrier: ['account_takeover'],
  credential_valid: ['credential_valid', 'account_takeover'],
};

/** Accounts and addresses of one label. */
export interface BlindMembers {
  accounts: Set<string>;
  sources: Set<string>;
}

/** Ground truth of a blind tenant. */
export interface BlindTruth {
  honest: Record<BlindHonest, BlindMembers>;
  attacks: Record<BlindAttack, BlindMembers>;
  /** A mail-migration tool signing into many mailboxes with stored credentials: not honest users, not an attack (an analyst should see it, at what severity is the question). */
  migration: BlindMembers;
}

const members = (): BlindMembers => ({ accounts: new Set(), sources: new Set() });

/** Empty truth, one set pair per label. */
export function emptyBlindTruth(): BlindTruth {
  return {
    honest: Object.fromEntries(blindHonest.map((k) => [k, members()])) as Record<BlindHonest, BlindMembers>,
    attacks: Object.fromEntries(blindAttacks.map((k) => [k, members()])) as Record<BlindAttack, BlindMembers>,
    migration: members(),
  };
}
