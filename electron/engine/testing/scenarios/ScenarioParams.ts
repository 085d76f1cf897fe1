import type { BenignPhenomenon } from './BenignPhenomenon';

/**
 * Knobs of the tenant scenario generator, with the ranges the detection tests cover (docs/detection-scenarios.md).
 * Every attack class has at least `perClass` member accounts; attacks can be as thin as one try per source.
 */
export interface ScenarioParams {
  seed: number;
  /** Tenant accounts (2 000–4 000 in tests). */
  accounts: number;
  /** Days of traffic (14–21); attacks fall in the last two thirds so every account has a baseline. */
  days: number;
  /** Chance a benign sign-in is preceded by a mistyped password (0.01–0.05). */
  typoRate: number;
  /** Minimum member accounts of every attack class (≥ 50). */
  perClass: number;
  /** Leaked identities the residential-proxy campaign tries and fails (half tenant accounts, half outsiders; 300–2 000). */
  proxyAccounts: number;
  /** Most leaked accounts one residential-proxy source tries (1–4; 1 = one try per source). */
  proxyMaxAccountsPerSource: number;
  /** Tries per targeted account in the proxy campaign (1–2). */
  proxyTriesPerAccount: number;
  /** Hours the proxy campaign runs over (6–24). */
  proxyHours: number;
  /** Carrier-grade NAT addresses the mobile users share (20–50). */
  cgnatAddresses: number;
  /** Share of tenant accounts in the leak (0.3–0.5; the sweep 0–0.9). */
  leakShare: number;
  /** Share of accounts that sign in from their phones behind carrier-grade NAT (0.38; the sweep 0.1–0.7); the rest of the half that is not office work through the VPN. */
  mobileShare: number;
  /** Every attack on one day, the spray and the single-source stuffing in the 9 am office burst, the benign phenomena that day too. */
  overlap: boolean;
  /** Benign phenomena beyond the everyday habits (benignPhenomena.ts), none by default. */
  phenomena: readonly BenignPhenomenon[];
}

/** Mid-range defaults; tests vary seed and the ranges above. */
export const defaultScenarioParams: ScenarioParams = {
  seed: 1,
  accounts: 2500,
  days: 21,
  typoRate: 0.03,
  perClass: 50,
  proxyAccounts: 600,
  proxyMaxAccountsPerSource: 4,
  proxyTriesPerAccount: 1,
  proxyHours: 24,
  cgnatAddresses: 30,
  leakShare: 0.4,
  mobileShare: 0.38,
  overlap: false,
  phenomena: [],
};
