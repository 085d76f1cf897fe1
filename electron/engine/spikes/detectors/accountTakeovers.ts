import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { Confidence, ReasonDto, TakeoverEvidence, UsualSourceDto } from '../../../../shared/api/findingEvidence';
import type { Severity } from '../../../../shared/api/findingsApi';
import { queryRows } from '../../sql/queryRows';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { findingId } from '../../findings/findingId';
import { takeoverCandidatesSql } from './takeoverCandidatesSql';
import { asnLabel } from '../../../../shared/format/asnLabel';

interface CandidateRow {
  user: string;
  cid: string;
  ts: string;
  ip: string | null;
  asn: string | null;
  country: string | null;
  userAgent: string | null;
  shared: boolean;
  newAsn: boolean;
  newCountry: boolean;
  campaignSource: boolean;
  campaignAsn: boolean;
  tenantAsn: boolean;
  campaignNetwork: boolean;
  tenantBlock: boolean;
  campaignUserAgent: boolean;
  tenantUserAgent: boolean;
  afterFailures: boolean;
  ownUserAgent: boolean;
  ownerAtSource: boolean;
  tenantNetwork: boolean;
  ownNetwork: boolean;
  unwonBrute: boolean;
  leaked: boolean;
  impossibleTravel: boolean;
  failuresBefore: number;
  successes: number;
  usualSources: UsualSourceDto[];
}

const rank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
/** Severity of a takeover by its confidence. */
export const takeoverSeverity: Record<Confidence, Severity> = { high: 'critical', medium: 'high', low: 'medium' };

/** A campaign finding's kind in words, from its id (`password_spray-…` → `password spray campaign`), so a reason names what the campaign was. */
function campaignWords(campaignId: string): string {
  const kind = /^([a-z_]+)-/.exec(campaignId)?.[1];
  return kind ? `${kind.replaceAll('_', ' ')} campaign` : 'campaign';
}

/** The reasons a candidate holds, in the order an analyst reads them. */
function reasonsOf(r: CandidateRow, campaignId: string, windowMinutes: number): ReasonDto[] {
  const at = r.ip ?? 'an unknown address';
  const out: ReasonDto[] = [{ code: 'new_source', text: `${at} is not among the account's usual addresses` }];
  if (r.newAsn) out.push({ code: 'new_asn', text: `${asnLabel(r.asn ?? '')} is a network the account never signed in from` });
  if (r.newCountry) out.push({ code: 'new_country', text: `${r.country} is a country the account never signed in from` });
  if (r.impossibleTravel) out.push({ code: 'impossible_travel', text: `a success from another country shortly before` });
  if (r.campaignSource) out.push({ code: 'campaign_source', text: `${at} is a source of the ${campaignWords(campaignId)} (finding ${campaignId})` });
  if (r.campaignAsn) out.push({ code: 'campaign_asn', text: `${asnLabel(r.asn ?? '')} is a network the campaign attacked from` });
  if (r.campaignNetwork) out.push({ code: 'campaign_network', text: `${at} is in an address block two of the campaign's sources share` });
  if (r.campaignUserAgent) out.push({ code: 'campaign_user_agent', text: `its user agent is one the campaign's sources share` });
  if (r.afterFailures) out.push({ code: 'after_failures', text: `after the campaign's attempts on the account (${r.failuresBefore} before)` });
  if (r.ownerAtSource) out.push({ code: 'own_device_at_source', text: `its user agent is the account's own device, which the campaign never sent, and the campaign never tried the account from ${at}: the owner at an address a proxy also used` });
  if (r.ownUserAgent && !r.campaignSource) out.push({ code: 'own_user_agent', text: 'its user agent is one the account signed in with before the campaign' });
  if (r.campaignUserAgent && r.tenantUserAgent) out.push({ code: 'tenant_user_agent', text: "its user agent is also one many of the tenant's accounts sign in with outside the campaign's hours" });
  if (r.campaignNetwork && r.tenantBlock) out.push({ code: 'tenant_block', text: `${at}'s address block is also one other accounts of the tenant sign in from outside the campaign's hours` });
  if (r.campaignAsn && r.tenantAsn && !r.campaignSource && !netTie(r)) out.push({ code: 'tenant_asn', text: `${asnLabel(r.asn ?? '')} is also a network other accounts of the tenant sign in from outside the campaign's hours` });
  if (triesAlone(r) && r.tenantNetwork) out.push({ code: 'tenant_network', text: `${at} is on a network many of the tenant's accounts sign in from (their ISP or carrier)` });
  if (ownerSignin(r)) {
    const net = r.asn ? `${asnLabel(r.asn)} is a network` : `${at} is in an IPv4 /24 or IPv6 /48`;
    out.push({ code: 'own_network', text: `${net} the account signed in from before the campaign tried it or on three days: attacked, then the owner's own device signed in` });
  }
  if (unwonBruteForce(r)) {
    out.push({ code: 'brute_force_unwon', text: `the brute force never got in (none of its sources ever signed in or had a password accepted) and had stopped: its last try on the account was more than ${windowMinutes} minutes and its own longest pause before` });
  }
  if (r.leaked) out.push({ code: 'leaked', text: 'the account is in the leak' });
  return out;
}

const lower: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * Whether the campaign's ASN ties the success to it: an ASN two of its sources share (`campaignAsn`) that no other account
 * signs in from outside the campaign (`tenantAsn`). Residential proxies exit through the customers' own ISPs, small ones
 * included, and on an ASN the tenant's people use a new address is a customer's as likely as a proxy's (docs/design.md §1).
 */
function asnTie(r: CandidateRow): boolean {
  return r.campaignAsn && !r.tenantAsn;
}

/**
 * Whether the campaign's user agent ties the success to it: a string three of its sources share (`campaignUserAgent`) that
 * fewer than `shared.minAccounts` other accounts with a candidate success sign in with outside the campaign (`tenantUserAgent`). Attack tools send the
 * most common browser string on purpose, and a customer sending it is no more the attacker's than one on their ISP (docs/design.md §1).
 */
function uaTie(r: CandidateRow): boolean {
  return r.campaignUserAgent && !r.tenantUserAgent;
}

/**
 * Whether the campaign's address block ties the success to it: an IPv4 /24 or IPv6 /48 two of its sources share
 * (`campaignNetwork`) that no other account signs in from outside the campaign (`tenantBlock`). Residential proxies exit
 * from the customers' own lines, so on a block the tenant's people use a new address is a customer's as likely as a
 * proxy's; a hosting /24 or a proxy provider's /48 is the attacker's alone (docs/design.md §1).
 */
function netTie(r: CandidateRow): boolean {
  return r.campaignNetwork && !r.tenantBlock;
}

/** Whether the campaign's tries on the account are the success's only tie to it: no campaign source, ASN, address block or user-agent cluster, and nothing new about its network, country or travel. */
function triesAlone(r: CandidateRow): boolean {
  return r.afterFailures && !r.campaignSource && !asnTie(r) && !netTie(r) && !uaTie(r) && !r.newAsn && !r.newCountry && !r.impossibleTravel;
}

/**
 * Whether the success is the owner's own next sign-in after the campaign only tried the account: tied by the tries alone,
 * with the device the account signs in with (`ownUserAgent`, so not after a windowed brute force) on a network it signed
 * in from before the campaign (`ownNetwork`: the same ASN with intel, the same IPv4 /24 or IPv6 /48 in any case).
 */
function ownerSignin(r: CandidateRow): boolean {
  return triesAlone(r) && r.ownUserAgent && r.ownNetwork;
}

/**
 * Whether the success follows a brute force that never won and is tied to it by the tries alone: a windowed brute force
 * (not paced) none of whose sources ever succeeded or had a password accepted anywhere in the log (`unwonBrute`), whose
 * last try on the account before the success is longer ago than `bruteForce.windowMinutes` and than the guesser's own
 * longest pause on it, and nothing of the campaign's networks. The guesser never learnt the password, so a success from
 * elsewhere after it stopped is the owner's next sign-in as likely as the attacker's (the Windows domain blind test's
 * owners the morning after the internet RDP brute force tried their names); a win from another address minutes after
 * the last try, the guesser rotating, keeps its severity (docs/design.md §1, "A brute force that never won").
 */
function unwonBruteForce(r: CandidateRow): boolean {
  return triesAlone(r) && r.unwonBrute && !r.campaignNetwork && !r.campaignAsn;
}

/**
 * Severity of a takeover: by its confidence, and low for the owner's own sign-in after tries (`ownerSignin`, always of
 * low confidence): still listed for the analyst, but nothing ties it to the attacker beyond the tries every account of
 * the campaign had, and its device and network are the account's own (docs/design.md §1).
 */
function severityOf(r: CandidateRow, confidence: Confidence): Severity {
  return ownerSignin(r) ? 'low' : takeoverSeverity[confidence];
}

/**
 * How sure a candidate is: a campaign source, or attempts then a new network, is high; a shared address is never more
 * than low. A success not from a campaign source with the user agent the account itself signed in with before a mass
 * campaign (or a paced brute force, whose guesser is one address: not a windowed brute force) is one step lower: its tie
 * to the campaign is tries from elsewhere, and the device is the account's own (an employee's first sign-in from home
 * after one try; docs/design.md §1). So is one tied by the tries alone from a network many of the tenant's accounts
 * sign in from (`tenantNetwork`, after the same campaigns): the owner's phone on its carrier's next address the day
 * after one try of a campaign that tried hundreds. A campaign source is medium when the success carries the account's own
 * device string, which the campaign never sent, and the campaign never tried the account from there (`ownerAtSource`):
 * residential proxies exit through homes and carrier NAT the customers share, and a stuffing win carries the tool's string. The campaign's ASN ties a success only when the tenant's other
 * accounts do not use it (`asnTie`): otherwise a success it alone ties is low, and one after tries is judged as tied by the tries alone.
 * One tied by the tries alone of a brute force that never won (`unwonBruteForce`) is also a step lower.
 */
function confidenceOf(r: CandidateRow): Confidence {
  if (r.shared) return 'low';
  if (r.campaignSource) return r.ownerAtSource ? 'medium' : 'high';
  const tied: Confidence = r.afterFailures && (r.newAsn || r.newCountry || r.impossibleTravel) ? 'high' : r.afterFailures || asnTie(r) || netTie(r) ? 'medium' : 'low';
  return r.ownUserAgent || (r.tenantNetwork && triesAlone(r)) || unwonBruteForce(r) ? lower[tied] : tied;
}

/**
 * Account takeovers, one per account: the strongest candidate success tied to a campaign (see takeoverCandidatesSql),
 * with confidence, reasons and the account's usual addresses beside the suspicious one; plus accounts that accepted
 * a push after MFA fatigue.
 */
export async function accountTakeovers(
  c: DuckDBConnection,
  p: SpikeParams,
  ctx: { intelSql: string; campaignIds: Map<string, string>; fatigue: FatigueTakeover[]; dismissals?: boolean },
): Promise<Array<DetectedFinding & { cid: string | null }>> {
  const sql = takeoverCandidatesSql(p, ctx.intelSql, ctx.dismissals ?? false);
  const rows = await queryRows<CandidateRow>(c, sql);
  const best = new Map<string, { r: CandidateRow; confidence: Confidence; severity: Severity }>();
  for (const r of rows) {
    const confidence = confidenceOf(r);
    const severity = severityOf(r, confidence);
    const prev = best.get(r.user);
    if (!prev || rank[confidence] < rank[prev.confidence] || (confidence === prev.confidence && prev.severity === 'low' && severity !== 'low')) best.set(r.user, { r, confidence, severity });
  }
  const build = { campaignIds: ctx.campaignIds, sql, p };
  const out: Array<DetectedFinding & { cid: string | null }> = [];
  for (const f of ctx.fatigue) {
    const prev = best.get(f.user);
    const pushed: ReasonDto = { code: 'mfa_fatigue', text: `accepted a push after ${f.prompts} prompts (${f.denied} denied)` };
    const suspicious = { ts: f.ts, ip: f.ip, asn: null, country: null, userAgent: f.userAgent };
    const reasons = [pushed, ...(prev ? reasonsOf(prev.r, ctx.campaignIds.get(prev.r.cid) ?? prev.r.cid, p.bruteForce.windowMinutes) : [])];
    out.push(takeoverFinding({ user: f.user, confidence: 'high', severity: takeoverSeverity.high, reasons, suspicious, usualSources: prev?.r.usualSources ?? [], cid: prev?.r.cid ?? null, failuresBefore: 0, successes: 1 }, build));
    best.delete(f.user);
  }
  for (const { r, confidence, severity } of best.values()) {
    const reasons = reasonsOf(r, ctx.campaignIds.get(r.cid) ?? r.cid, p.bruteForce.windowMinutes);
    const suspicious = { ts: r.ts, ip: r.ip, asn: r.asn, country: r.country, userAgent: r.userAgent };
    out.push(takeoverFinding({ user: r.user, confidence, severity, reasons, suspicious, usualSources: r.usualSources, cid: r.cid, failuresBefore: r.failuresBefore, successes: r.successes }, build));
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

/** An MFA-fatigue burst that ended in an accepted push: a takeover path of its own. */
export interface FatigueTakeover {
  user: string;
  ts: string;
  ip: string | null;
  userAgent: string | null;
  prompts: number;
  denied: number;
}

/** What one takeover finding says. */
interface TakeoverFacts {
  user: string;
  confidence: Confidence;
  severity: Severity;
  reasons: ReasonDto[];
  suspicious: TakeoverEvidence['suspicious'];
  usualSources: UsualSourceDto[];
  cid: string | null;
  failuresBefore: number;
  successes: number;
}

/** Builds one takeover finding. */
function takeoverFinding(
  { user, confidence, severity, reasons, suspicious, usualSources, cid, failuresBefore, successes }: TakeoverFacts,
  { campaignIds, sql, p }: { campaignIds: Map<string, string>; sql: string; p: SpikeParams },
): DetectedFinding & { cid: string | null } {
  const campaignId = cid === null ? null : (campaignIds.get(cid) ?? null);
  const evidence: TakeoverEvidence = { account: user, confidence, reasons, suspicious, usualSources, campaignId, failuresBefore, successes, linkedExportIds: [] };
  const usual = usualSources.map((s) => s.ip ?? '?').join(', ') || 'none before the campaign';
  return {
    cid,
    id: findingId('account_takeover', `${user}|${suspicious.ts}`),
    kind: 'account_takeover',
    severity,
    ips: suspicious.ip === null ? [] : [suspicious.ip],
    users: [user],
    start: suspicious.ts,
    end: suspicious.ts,
    summary: `${user} signed in at ${suspicious.ts} from ${suspicious.ip ?? 'an unknown address'} (usual: ${usual}); ${confidence} confidence: ${reasons.map((x) => x.text).join('; ')}.`,
    evidence: { ...evidence, fromAttackSource: reasons.some((x) => x.code === 'campaign_source') },
    sql,
    params: { takeover: p.takeover, shared: p.shared, mfaFatigue: p.mfaFatigue },
    members: {
      accounts: [{ user, attempts: failuresBefore, sources: 1, outcome: 'takeover', leaked: reasons.some((x) => x.code === 'leaked'), firstSeen: suspicious.ts, lastSeen: suspicious.ts }],
      sources: suspicious.ip === null ? [] : [{ ip: suspicious.ip, attempts: successes, accounts: 1, asn: suspicious.asn, country: suspicious.country, rangeLabel: null, firstSeen: suspicious.ts, lastSeen: suspicious.ts }],
    },
  };
}
