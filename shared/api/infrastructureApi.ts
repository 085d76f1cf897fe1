import { z } from 'zod';
import { limits } from '../limits';

/** Kinds of infrastructure the analyst can name as known: an office or cloud egress range, a VPN, a service account. */
export const knownInfrastructureKinds = ['egress', 'vpn', 'service_account'] as const;
/** What can be dismissed: one source address, or one account. */
export const dismissalKinds = ['source', 'account'] as const;

/** One piece of known infrastructure; `account` is masked (the case's pseudonym, as everywhere) unless the list was asked revealed. */
export interface KnownInfrastructureDto {
  id: number;
  kind: (typeof knownInfrastructureKinds)[number];
  /** The range as normalised CIDR (`203.0.113.0/24`), or null for an account-only entry. */
  cidr: string | null;
  account: string | null;
  note: string;
  addedAt: string;
}

/**
 * One dismissed source or account, under the key the personal-data rule masks it by (the case's pseudonym, as the same
 * address or account reads in every other view) unless the list was asked revealed.
 */
export interface DismissalDto {
  id: number;
  kind: (typeof dismissalKinds)[number];
  /** The dismissed address, for a `source` dismissal. */
  source: string | null;
  /** The dismissed account, for an `account` dismissal. */
  account: string | null;
  note: string;
  addedAt: string;
}

const note = z.string().trim().max(500).default('');
const id = z.object({ id: z.number().int().min(1) }).strict();

/** Argument schemas of the known-infrastructure and dismissal methods. */
export const infrastructureArgs = {
  listKnownInfrastructure: z.object({ reveal: z.boolean().default(false) }).strict(),
  addKnownInfrastructure: z
    .object({
      kind: z.enum(knownInfrastructureKinds),
      cidr: z.string().trim().min(1).max(64).optional(),
      account: z.string().trim().min(1).max(limits.idChars).optional(),
      note,
    })
    .strict(),
  removeKnownInfrastructure: id,
  listDismissals: z.object({ reveal: z.boolean().default(false) }).strict(),
  addDismissal: z.object({ kind: z.enum(dismissalKinds), value: z.string().trim().min(1).max(limits.idChars), note }).strict(),
  removeDismissal: id,
};

/**
 * What the analyst knows about the case's networks and accounts: known infrastructure (egress ranges, VPNs, service
 * accounts) and dismissed sources or accounts. Kept in the case, audited on every change, read by every detector.
 */
export interface InfrastructureApi {
  listKnownInfrastructure(a: z.input<typeof infrastructureArgs.listKnownInfrastructure>): Promise<KnownInfrastructureDto[]>;
  addKnownInfrastructure(a: z.input<typeof infrastructureArgs.addKnownInfrastructure>): Promise<KnownInfrastructureDto>;
  removeKnownInfrastructure(a: z.input<typeof infrastructureArgs.removeKnownInfrastructure>): Promise<{ removed: true }>;
  listDismissals(a: z.input<typeof infrastructureArgs.listDismissals>): Promise<DismissalDto[]>;
  addDismissal(a: z.input<typeof infrastructureArgs.addDismissal>): Promise<DismissalDto>;
  removeDismissal(a: z.input<typeof infrastructureArgs.removeDismissal>): Promise<{ removed: true }>;
}
