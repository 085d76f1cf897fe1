import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { CampaignEvidence, CampaignShape, MemberAccountDto, MemberSourceDto, MixEntryDto, UserAgentClusterDto } from '../../../../shared/api/findingEvidence';
import type { FindingKind } from '../../../../shared/api/findingsApi';
import { queryRows } from '../../sql/queryRows';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { findingId } from '../../findings/findingId';
import { share } from '../../sql/share';
import { campaignAccountsSql, campaignSourcesSql, campaignSummarySql } from './campaignSummarySql';
import { isPacedCid } from './pacedBruteForce';
import { steadyClients } from './steadyClients';
import { thinMarker } from './thinSources';

interface SummaryRow {
  cid: string;
  shape: CampaignShape;
  attempts: number;
  accounts: number;
  sources: number;
  leakedAccounts: number;
  noSuchUser: number;
  recoveredAccounts: number;
  userAgents: number;
  firstSeen: string;
  lastSeen: string;
  userAgentClusters: UserAgentClusterDto[];
  asnMix: MixEntryDto[];
  countryMix: MixEntryDto[];
}

/** A campaign finding with the campaign key its takeovers and confirmed credentials refer to. */
export interface Campaign {
  cid: string;
  finding: DetectedFinding;
  accepted: Set<string>;
}

/** The finding kind of a campaign: stuffing when its accounts overlap the leak or mostly do not exist, spray otherwise. */
function kindOf(shape: CampaignShape, r: SummaryRow, p: SpikeParams, hasLeak: boolean): FindingKind {
  if (shape === 'brute_force') return 'brute_force';
  if (shape === 'single_source') return 'credential_stuffing';
  if (shape === 'spray') return 'password_spray';
  const stuffing = (hasLeak && share(r.leakedAccounts, r.accounts) >= p.stuffing.minLeakOverlap) || share(r.noSuchUser, r.attempts) >= p.stuffing.minNoSuchUserShare;
  return stuffing ? 'credential_stuffing' : 'password_spray';
}

const shapeWords: Record<CampaignShape, string> = {
  distributed: 'Distributed campaign',
  single_source: 'Single-source campaign',
  spray: 'Spray campaign',
  brute_force: 'Brute force',
};

/** One finding per campaign in `campaign_event`, with its shared features and complete member tables (outcomes are filled in once takeovers are known). */
export async function campaignFindings(c: DuckDBConnection, p: SpikeParams, ctx: { hasLeak: boolean; intelSql: string; intelPresent: boolean; sql: string }): Promise<Campaign[]> {
  const rows = await queryRows<SummaryRow>(c, campaignSummarySql(ctx.intelSql, ctx.intelPresent));
  const accounts = await queryRows<Omit<MemberAccountDto, 'outcome'> & { cid: string; accepted: boolean }>(c, campaignAccountsSql);
  const sources = await queryRows<MemberSourceDto & { cid: string }>(c, campaignSourcesSql(ctx.intelSql));
  const byCid = <T extends { cid: string }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) {
      const list = m.get(x.cid);
      if (list) list.push(x);
      else m.set(x.cid, [x]);
    }
    return m;
  };
  const accountsOf = byCid(accounts);
  const sourcesOf = byCid(sources);
  const steady = await steadyClients(c, p);
  return rows.map((r) => {
    const kind = kindOf(r.shape, r, p, ctx.hasLeak);
    const members = accountsOf.get(r.cid) ?? [];
    const srcs = sourcesOf.get(r.cid) ?? [];
    const ips = srcs.map((s) => s.ip).filter((ip): ip is string => ip !== null).sort();
    const users = members.map((m) => m.user).filter((u): u is string => u !== null).sort();
    const leakOverlap = ctx.hasLeak ? share(r.leakedAccounts, r.accounts) : null;
    const top = r.userAgentClusters[0];
    const paced = isPacedCid(r.cid);
    const evidence: CampaignEvidence & Record<string, unknown> = {
      campaign: true,
      shape: r.shape,
      windowStart: r.firstSeen,
      windowEnd: r.lastSeen,
      attempts: r.attempts,
      memberAccounts: r.accounts,
      memberSources: r.sources,
      leakedAccounts: ctx.hasLeak ? r.leakedAccounts : null,
      leakOverlap,
      noSuchUserShare: share(r.noSuchUser, r.attempts),
      recoveredShare: share(r.recoveredAccounts, r.accounts),
      userAgents: r.userAgents,
      userAgentClusters: r.userAgentClusters,
      asnMix: r.asnMix,
      countryMix: r.countryMix,
      takeovers: 0,
      confirmedValid: 0,
      accounts: r.accounts,
      sources: r.sources,
      attemptsPerAccount: share(r.attempts, r.accounts),
      distributed: r.shape === 'distributed',
      source: r.sources === 1 ? (srcs[0]?.ip ?? null) : undefined,
      topUserAgent: top?.userAgent ?? null,
      topUserAgentShare: share(top?.attempts ?? 0, r.attempts),
      topUserAgentSources: top?.sources ?? 0,
      topSources: r.shape === 'brute_force' ? srcs.slice(0, 10).map((s) => ({ ip: s.ip, attempts: s.attempts })) : undefined,
      steadyClient: r.shape === 'brute_force' ? steady.has(r.cid) : undefined,
      paced: r.shape === 'brute_force' ? paced : undefined,
    };
    const who = r.shape === 'brute_force' ? `against ${users[0] ?? 'one account'}` : `against ${r.accounts} accounts`;
    const ua = !top?.userAgent ? '' : top.sources > 1 ? `; ${top.sources} sources share the user agent "${top.userAgent}"` : `; its user agent is "${top.userAgent}"`;
    const leak = leakOverlap !== null ? `; ${r.leakedAccounts} of the accounts ${r.leakedAccounts === 1 ? 'is' : 'are'} in the leak (${Math.round(leakOverlap * 100)}%)` : '';
    const finding: DetectedFinding = {
      id: findingId(kind, `${r.shape}|${r.shape === 'brute_force' ? (users[0] ?? '') : (ips[0] ?? '')}|${r.firstSeen}`),
      kind,
      severity: !steady.has(r.cid) && !paced && !r.cid.includes(`:${thinMarker}:`) && (kind === 'credential_stuffing' || r.accounts >= 50 || r.attempts >= 100) ? 'high' : 'medium',
      ips,
      users,
      start: r.firstSeen,
      end: r.lastSeen,
      summary: `${shapeWords[r.shape]}: ${r.sources} source${r.sources === 1 ? '' : 's'} failed ${r.attempts} sign-ins ${who} from ${r.firstSeen} to ${r.lastSeen}${leak}${paced ? `; paced under the windowed rule's rate, its failures spread over ${p.bruteForce.minFailures} or more distinct ${p.bruteForce.windowMinutes}-minute windows from an address and user agent the account never signed in with` : ''}; ${Math.round(share(r.noSuchUser, r.attempts) * 100)}% for accounts that do not exist${ua}${
        steady.has(r.cid) ? '; it went on around the clock for a day or more and never succeeded, as a client holding a stale password or secret does' : ''
      }.`,
      evidence: Object.fromEntries(Object.entries(evidence).filter(([, v]) => v !== undefined)),
      sql: ctx.sql,
      params: { spray: p.spray, stuffing: p.stuffing, bruteForce: p.bruteForce, shared: p.shared, recoveryMinutes: p.recoveryMinutes, leakColumns: p.leakColumns ?? null },
      members: {
        accounts: members.map(({ cid: _c, accepted: _a, ...m }) => ({ ...m, outcome: 'failed' as const })),
        sources: srcs.map(({ cid: _c, ...s }) => s),
      },
    };
    return { cid: r.cid, finding, accepted: new Set(members.filter((m) => m.accepted && m.user !== null).map((m) => m.user as string)) };
  });
}
