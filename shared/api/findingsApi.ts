import { z } from 'zod';
import { limits } from '../limits';
import { pathArg } from '../pathArg';
import { exportParamsSchema, spikeParamsSchema } from './detectParams';
import type { MemberAccountPageDto, MemberSourcePageDto } from './findingEvidence';

/**
 * The kinds of finding the detectors produce (breachdesk.findings/2): campaigns (stuffing, spray, brute force), then
 * what they led to per account (takeover, a password confirmed valid by a second-factor stop, MFA push fatigue), then
 * export volumes.
 */
export const findingKinds = ['credential_stuffing', 'password_spray', 'brute_force', 'account_takeover', 'credential_valid', 'mfa_fatigue', 'bulk_export'] as const;
/** Kinds whose addresses attacked: the only ones that feed attack-source lists and STIX/MISP indicators. */
export const attackKinds: readonly FindingKind[] = ['credential_stuffing', 'password_spray', 'brute_force'];
/** One of findingKinds. */
export type FindingKind = (typeof findingKinds)[number];
/** How urgent a finding is. */
export const severities = ['low', 'medium', 'high', 'critical'] as const;
/** One of severities. */
export type Severity = (typeof severities)[number];
/** The analyst's verdict on a finding. */
export const findingStatuses = ['new', 'confirmed', 'dismissed'] as const;
/** One of findingStatuses. */
export type FindingStatus = (typeof findingStatuses)[number];

/** A finding as a detector produces it: what, who, when, why, and the SQL and parameters behind it. */
export interface FindingDraftDto {
  id: string;
  kind: FindingKind;
  severity: Severity;
  ips: string[];
  users: string[];
  start: string;
  end: string;
  summary: string;
  evidence: Record<string, unknown>;
  sql: string;
  params: Record<string, unknown>;
}

/** A stored finding with the analyst's verdict. */
export interface FindingDto extends FindingDraftDto {
  status: FindingStatus;
  note: string | null;
  updatedAt: string;
}

/** A page of stored findings. */
export interface FindingPageDto {
  total: number;
  rows: FindingDto[];
}

/**
 * How a page of stored findings is ordered: `stored` as the detectors stored them (by kind, the most severe first, then
 * takeover confidence and time), or `confidence` as an analyst triages account outcomes (takeovers by confidence, high
 * first, then the other kinds; within one the more severe first, then by start and id), so the Accounts at risk list
 * pages its top rows out of every outcome, not out of a first read.
 */
export const findingOrders = ['stored', 'confidence'] as const;
/** One of findingOrders. */
export type FindingOrder = (typeof findingOrders)[number];

/** The lists `analyze` writes in full beside findings.json, one side file each (findings.json keeps their top rows and totals). */
export const findingListNames = ['findings', 'login_spikes', 'reference_anomalies', 'baseline_flags', 'member_accounts', 'member_sources'] as const;
/** One of findingListNames. */
export type FindingListName = (typeof findingListNames)[number];

/** One side file written: which list, its file name in the output folder, its columns, data rows, size and SHA-256. */
export interface FindingListFileDto {
  list: FindingListName;
  file: string;
  columns: string[];
  rows: number;
  bytes: number;
  sha256: string;
}

/** The side files written by one writeFindingLists call, and whether they hold clear personal values. */
export interface FindingListsDto {
  files: FindingListFileDto[];
  revealed: boolean;
}

/**
 * Whether a run's sign-in detectors read each address's country and AS (a new network or country, a campaign's networks:
 * docs/design.md §1), so the analyst sees that the workbench and `analyze` gave the same answer, or why not.
 */
export interface RunIntelDto {
  /** `used`: the case's IP intel was read; `missing`: the case holds sign-ins but no intel could be built (a note says why); `not_needed`: no sign-ins. */
  state: 'used' | 'missing' | 'not_needed';
  /** Distinct sign-in and transfer addresses in the intel read, and how many of them got a country or an AS. */
  addresses: number;
  located: number;
}

/** What one run of every detector stored. */
export interface RunSummaryDto {
  total: number;
  byKind: Record<string, number>;
  /** What a detector could not turn into findings and why, in sentences for the analyst (empty when nothing was left out). */
  notes: string[];
  intel: RunIntelDto;
}

/** The last stored run of every detector, as the case's audit recorded it, and how many changes to its inputs followed. */
export interface LastRunDto {
  /** When it ran (UTC, ISO). */
  at: string;
  total: number;
  byKind: Record<string, number>;
  /** What it could not turn into findings, as it told the analyst then (kept: a note must not vanish when the screen is left). */
  notes: string[];
  /** The IP intel that run read (null for a run audited before this was recorded). */
  intel: RunIntelDto | null;
  /** Sources loaded or removed, dismissals, known ranges or IP datasets changed after it: its findings may be out of date. */
  changesSince: number;
}

/** Argument schemas of the findings methods. */
export const findingsArgs = {
  runDetectors: z
    .object({ spikes: spikeParamsSchema.prefault({}), exports: exportParamsSchema.prefault({}) })
    .strict(),
  lastRun: z.object({}).strict(),
  listFindings: z
    .object({
      kind: z.enum(findingKinds).optional(),
      /** Only findings of one of these kinds (the Login spikes screen's Campaigns list pages stuffing, spray and brute force as one list). */
      kinds: z.array(z.enum(findingKinds)).min(1).max(findingKinds.length).optional(),
      status: z.enum(findingStatuses).optional(),
      /** Only findings of this severity or above (triage: the high and critical first, thousands of low crowd hours aside). */
      minSeverity: z.enum(severities).optional(),
      /** Only findings of exactly this severity (the low takeovers, the owners' own sign-ins after tries, paged apart from the takeovers above them). */
      severity: z.enum(severities).optional(),
      /** Leave out the findings the analyst dismissed, as the report, the accounts at risk and the reset list count. */
      undismissed: z.boolean().default(false),
      /** Leave out the low takeovers (the owners' own sign-ins after tries), which the Accounts at risk list pages apart from the outcomes above them. */
      exceptLowTakeovers: z.boolean().default(false),
      order: z.enum(findingOrders).default('stored'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(limits.listItems).default(100),
    })
    .strict(),
  updateFinding: z
    .object({ id: z.string().min(1).max(limits.idChars), status: z.enum(findingStatuses).optional(), note: z.string().max(limits.textChars).nullable().optional() })
    .strict(),
  findingAccounts: z
    .object({ id: z.string().min(1).max(limits.idChars), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(limits.listItems).default(100) })
    .strict(),
  findingSources: z
    .object({ id: z.string().min(1).max(limits.idChars), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(limits.listItems).default(100) })
    .strict(),
  writeFindingLists: z
    .object({
      outDir: pathArg,
      spikes: spikeParamsSchema.prefault({}),
      exports: exportParamsSchema.prefault({}),
      includePersonalData: z.boolean().default(false),
      overwrite: z.boolean().default(false),
      /** Which lists to write (every one by default): `analyze` writes the export lists while the detectors run and the others once their findings are stored. */
      lists: z.array(z.enum(findingListNames)).min(1).default([...findingListNames]),
    })
    .strict(),
};

/** Findings: run every detector, list what they found and every member of each, record the analyst's verdict. */
export interface FindingsApi {
  runDetectors(a: z.input<typeof findingsArgs.runDetectors>): Promise<RunSummaryDto>;
  /** The last stored run (null when the detectors never ran in this case). */
  lastRun(a: z.input<typeof findingsArgs.lastRun>): Promise<LastRunDto | null>;
  listFindings(a: z.input<typeof findingsArgs.listFindings>): Promise<FindingPageDto>;
  updateFinding(a: z.input<typeof findingsArgs.updateFinding>): Promise<FindingDto>;
  /** Every account a stored finding names (attempts, sources, outcome), paged, ordered by attempts then account. */
  findingAccounts(a: z.input<typeof findingsArgs.findingAccounts>): Promise<MemberAccountPageDto>;
  /** Every source a stored finding names (attempts, accounts, intel), paged, ordered by attempts then address. */
  findingSources(a: z.input<typeof findingsArgs.findingSources>): Promise<MemberSourcePageDto>;
  /**
   * Writes every list asked (all by default) in full as CSV side files into an existing folder (`findings.<list>.csv`: the stored findings,
   * reference-rule rows, reference z-score anomalies, baseline flags, all findings' member accounts and sources), personal values masked
   * unless includePersonalData (audited), under the report's output rules.
   */
  writeFindingLists(a: z.input<typeof findingsArgs.writeFindingLists>): Promise<FindingListsDto>;
}
