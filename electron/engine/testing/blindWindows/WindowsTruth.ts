/** Honest traffic of the Windows domain generator, each labelled so a wrong finding names its cause. */
export const windowsHonest = [
  'everyday',
  'vpn_pool',
  'activesync_phone',
  'password_change',
  'stale_service',
  'citrix_host',
  'adfs_proxy',
  'vuln_scanner',
  'machine_account',
  'anonymous_logon',
] as const;
/** One of windowsHonest. */
export type WindowsHonest = (typeof windowsHonest)[number];

/** Attacks the Windows domain generator writes. */
export const windowsAttacks = ['rdp_brute_force', 'kerberos_spray', 'ntlm_spray', 'slow_spray', 'takeover', 'asrep_roast'] as const;
/** One of windowsAttacks. */
export type WindowsAttack = (typeof windowsAttacks)[number];

/** The finding kinds that rightly name an attack's accounts; AS-REP roasting proves no password, so no kind is right and a takeover of its accounts is wrong. */
export const windowsRightKinds: Record<WindowsAttack, readonly string[]> = {
  rdp_brute_force: ['brute_force', 'password_spray', 'credential_stuffing'],
  kerberos_spray: ['password_spray'],
  ntlm_spray: ['password_spray'],
  slow_spray: ['password_spray'],
  takeover: ['account_takeover'],
  asrep_roast: [],
};

/** Accounts (lower-case, as the domain names them) and sources (addresses, or workstation names where NTLM gives no address) of one label. */
export interface WinMembers {
  accounts: Set<string>;
  sources: Set<string>;
}

/** Ground truth of a generated domain. */
export interface WindowsTruth {
  honest: Record<WindowsHonest, WinMembers>;
  attacks: Record<WindowsAttack, WinMembers>;
  /** Each account taken over, with the attack whose try won it. */
  wins: Map<string, WindowsAttack>;
}

const members = (): WinMembers => ({ accounts: new Set(), sources: new Set() });

/** Empty truth, one set pair per label. */
export function emptyWindowsTruth(): WindowsTruth {
  return {
    honest: Object.fromEntries(windowsHonest.map((k) => [k, members()])) as Record<WindowsHonest, WinMembers>,
    attacks: Object.fromEntries(windowsAttacks.map((k) => [k, members()])) as Record<WindowsAttack, WinMembers>,
    wins: new Map(),
  };
}

/** Adds an account (lower-cased) and a source to a label's members; null leaves that side alone. */
export function markMember(m: WinMembers, account: string | null, source: string | null): void {
  if (account !== null) m.accounts.add(account.toLowerCase());
  if (source !== null) m.sources.add(source);
}
