import { benignPhenomena, type BenignPhenomenon } from './BenignPhenomenon';

/** Attack classes the generator labels and the detectors must find, on accounts and on sources. */
export const accountClasses = ['proxy_stuffing', 'single_stuffing', 'spray', 'brute_force', 'takeover', 'credential_valid', 'mfa_fatigue'] as const;
/** One of accountClasses. */
export type AccountClass = (typeof accountClasses)[number];
/** Classes whose sources attacked (the rest are outcomes on accounts). */
export const sourceClasses = ['proxy_stuffing', 'single_stuffing', 'spray', 'brute_force'] as const;
/** One of sourceClasses. */
export type SourceClass = (typeof sourceClasses)[number];

/** Accounts and addresses one benign phenomenon involves. */
export interface Members {
  accounts: Set<string>;
  sources: Set<string>;
}

/** Ground truth of a generated tenant: which accounts and sources belong to which class (benign ones to none). */
export interface ScenarioTruth {
  accounts: Record<AccountClass, Set<string>>;
  sources: Record<SourceClass, Set<string>>;
  /** Addresses shared by many honest users (carrier-grade NAT, corporate NAT, VPN egress). */
  shared: Set<string>;
  /** Accounts and addresses of each benign phenomenon switched on (a pen test is labelled here too, never as an attack class). */
  phenomena: Record<BenignPhenomenon, Members>;
  /** Every account and address honest traffic used (a wrong finding names them; the pen test is not honest traffic). */
  benign: Members;
}

const members = (): Members => ({ accounts: new Set(), sources: new Set() });

/** Empty truth sets, one per class. */
export function emptyTruth(): ScenarioTruth {
  return {
    accounts: Object.fromEntries(accountClasses.map((k) => [k, new Set<string>()])) as Record<AccountClass, Set<string>>,
    sources: Object.fromEntries(sourceClasses.map((k) => [k, new Set<string>()])) as Record<SourceClass, Set<string>>,
    shared: new Set(),
    phenomena: Object.fromEntries(benignPhenomena.map((k) => [k, members()])) as Record<BenignPhenomenon, Members>,
    benign: members(),
  };
}
