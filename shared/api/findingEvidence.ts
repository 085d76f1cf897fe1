import type { ExportUnit } from './exportsApi';

/** Version tag of the findings document and of the evidence shapes below (docs/findings-schema.md). */
export const findingsSchemaVersion = 'breachdesk.findings/3';

/** How a credential campaign was carried out. */
export const campaignShapes = ['distributed', 'single_source', 'spray', 'brute_force'] as const;
/** One of campaignShapes. */
export type CampaignShape = (typeof campaignShapes)[number];

/** A user agent shared by a campaign's failures: how many attempts, sources and accounts carried it. */
export interface UserAgentClusterDto {
  userAgent: string | null;
  attempts: number;
  sources: number;
  accounts: number;
}

/** One value of an ASN or country mix (null: no intel for those sources), with the sources and attempts behind it. */
export interface MixEntryDto {
  value: string | null;
  label: string | null;
  sources: number;
  attempts: number;
}

/**
 * Evidence of a campaign finding (credential_stuffing, password_spray, brute_force): one per attack, with the shared
 * features that tie its members together. Counts are exact; the member tables (findingAccounts, findingSources) list
 * every member, paged, with the same totals.
 */
export interface CampaignEvidence {
  campaign: true;
  shape: CampaignShape;
  windowStart: string;
  windowEnd: string;
  attempts: number;
  memberAccounts: number;
  memberSources: number;
  leakedAccounts: number | null;
  leakOverlap: number | null;
  noSuchUserShare: number;
  recoveredShare: number;
  userAgents: number;
  userAgentClusters: UserAgentClusterDto[];
  asnMix: MixEntryDto[];
  countryMix: MixEntryDto[];
  /** Takeover findings above low severity tied to the campaign (a low one, the owner's own sign-in after tries, is not counted). */
  takeovers: number;
  confirmedValid: number;
  /** brute_force only: every source failed on the account around the clock for a day or more, never succeeding (a stale secret on a timer: medium). */
  steadyClient?: boolean;
  /** brute_force only: one address under the windowed rule's rate over many windows (docs/design.md §1, "Paced brute force"): medium unless it ends in a takeover. */
  paced?: boolean;
  /** brute_force only: its sources are the account's own device after its logged password change (docs/detection-scenarios.md, rule 18): medium, no takeover. */
  staleDevice?: StaleDeviceDto;
}

/** The account events that make a brute force the owner's device after a password change: the change, the owner's sign-in that ended it, the lockout if logged. */
export interface StaleDeviceDto {
  changeKind: 'password_change' | 'password_reset';
  changeAt: string;
  changedBy: string | null;
  ownerAt: string;
  lockoutAt: string | null;
}

/** How sure a takeover is. */
export const confidences = ['high', 'medium', 'low'] as const;
/** One of confidences. */
export type Confidence = (typeof confidences)[number];

/** Why a takeover was raised: a stable code and the sentence an analyst reads. */
export interface ReasonDto {
  code:
    | 'new_source'
    | 'new_asn'
    | 'new_country'
    | 'campaign_source'
    | 'campaign_asn'
    | 'campaign_network'
    | 'campaign_user_agent'
    | 'after_failures'
    | 'own_user_agent'
    | 'own_device_at_source'
    | 'tenant_network'
    | 'tenant_asn'
    | 'tenant_block'
    | 'tenant_user_agent'
    | 'own_network'
    | 'brute_force_unwon'
    | 'impossible_travel'
    | 'mfa_fatigue'
    | 'leaked'
    | 'export_after';
  text: string;
}

/** An address an account usually signs in from, as shown beside a suspicious one. */
export interface UsualSourceDto {
  ip: string | null;
  successes: number;
  lastSeen: string;
  asn: string | null;
  country: string | null;
}

/** The sign-in a takeover or confirmed credential turns on. */
export interface SuspiciousSigninDto {
  ts: string;
  ip: string | null;
  asn: string | null;
  country: string | null;
  userAgent: string | null;
}

/** Evidence of an account_takeover finding: one per account. */
export interface TakeoverEvidence {
  account: string;
  confidence: Confidence;
  reasons: ReasonDto[];
  suspicious: SuspiciousSigninDto;
  usualSources: UsualSourceDto[];
  campaignId: string | null;
  failuresBefore: number;
  successes: number;
  linkedExportIds: string[];
}

/** Evidence of a credential_valid finding: accounts whose leaked password was accepted and a second factor then stopped the sign-in; their passwords must be reset. */
export interface CredentialValidEvidence {
  campaignId: string | null;
  memberAccounts: number;
  memberSources: number;
  windowStart: string;
  windowEnd: string;
}

/** Evidence of an mfa_fatigue finding: one account pushed or denied many times in a short time. */
export interface MfaFatigueEvidence {
  account: string;
  prompts: number;
  denied: number;
  accepted: boolean;
  windowStart: string;
  windowEnd: string;
  sources: number;
  campaignId: string | null;
}

/**
 * Evidence of a user's bulk_export finding (a run of flagged hours; a crowd hour has CrowdEvidence instead, docs/findings-schema.md):
 * typed so the severity's inputs (usual, excess, precedent) stay in the document an analyst and a reader of findings.json check.
 */
export interface BulkExportEvidence {
  user: string | null;
  unit: ExportUnit;
  hours: number;
  total: number;
  peakHour: string;
  peak: number;
  baselineMedian: number | null;
  baselineIqr: number | null;
  baselineHours: number;
  maxScore: number | null;
  reason: 'baseline' | 'no_history';
  floor: number;
  usual: number;
  excess: number;
  crowdHours: number;
  repeatHours: number;
  /** The run's own hours no larger than the user's largest hour at least a day before, outside a crowd (all of them: one step lower). */
  precedentHours: number;
  /** That largest earlier hour for the peak hour (null: none in the window). */
  priorMax: number | null;
  /** The largest robust score on a multiplicative scale of the run's own hours (null: one has too little history). */
  logScore: number | null;
  /** The upper quartile of the user's hours in the peak hour's window (null: too little history). */
  upperQuartile: number | null;
  /** A bulk pull by volume within a heavy user's own habit (at least the floor in a quarter of their hours, no hour extreme on a multiplicative scale): medium, not high. */
  heavyHabit: boolean;
  hourly: Array<{ hour: string; value: number; score: number | null; hourOfDayMedian: number | null }>;
}

/** Evidence of a crowd hour's bulk_export finding (docs/findings-schema.md): many users flagged in one hour with alike volumes, one low finding naming them. */
export interface CrowdEvidence {
  unit: ExportUnit;
  reason: 'crowd';
  /** Members: flagged users whose volume is within the score limit of the crowd. */
  crowdSize: number;
  /** Users flagged that hour, members or not (the others keep findings of their own). */
  flaggedUsers: number;
  crowdMedian: number;
  total: number;
  peak: number;
  floor: number;
  /** The largest members (at most 50) and what each moved. */
  crowd: Array<{ user: string | null; value: number }>;
}

/** What became of one account a finding names. */
export const memberOutcomes = ['failed', 'usual_success', 'credential_valid', 'mfa_fatigue', 'takeover'] as const;
/** One of memberOutcomes. */
export type MemberOutcome = (typeof memberOutcomes)[number];

/** One account of a finding's member table. */
export interface MemberAccountDto {
  user: string | null;
  attempts: number;
  sources: number;
  outcome: MemberOutcome;
  leaked: boolean | null;
  firstSeen: string;
  lastSeen: string;
}

/** One source of a finding's member table. */
export interface MemberSourceDto {
  ip: string | null;
  attempts: number;
  accounts: number;
  asn: string | null;
  country: string | null;
  rangeLabel: string | null;
  firstSeen: string;
  lastSeen: string;
}

/** A page of a finding's accounts, with the exact total. */
export interface MemberAccountPageDto {
  total: number;
  rows: MemberAccountDto[];
}

/** A page of a finding's sources, with the exact total. */
export interface MemberSourcePageDto {
  total: number;
  rows: MemberSourceDto[];
}
