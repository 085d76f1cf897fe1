import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import type { Engine } from '../../createEngine';
import { insertIntel } from '../planted/insertIntel';
import { insertSignins } from '../planted/insertSignins';
import { asnSweepCase, type AsnSweepParams } from './asnSweepCase';

/** Takeover findings by severity band: critical, high, medium, low, none. */
export interface SeverityBands {
  critical: number;
  high: number;
  medium: number;
  low: number;
  none: number;
}

/** One case's figures: honest accounts named a takeover and real wins named, by severity band. */
export interface AsnSweepResult {
  params: AsnSweepParams;
  rows: number;
  /** Honest accounts named a takeover (every account but the wins). */
  honest: SeverityBands;
  /** Honest high or critical findings by what ties them to the campaign: a source, an address block two sources share, the tries and the campaign's ASN, the tries alone, the ASN alone. */
  honestHighTie: Record<string, number>;
  /** Honest high or critical findings by the new-address phenomenon behind them (`other` for none). */
  honestHighBy: Record<string, number>;
  /** Honest high or critical findings the campaign's user agent ties (`campaign_user_agent`, not `tenant_user_agent`), by their other tie: what a customer sending the fleet's browser string costs. */
  honestHighUa: Record<string, number>;
  wins: SeverityBands;
  /** Real wins named high or critical by what ties them (as `honestHighTie`): what a rule on a tie costs. */
  winsHighTie: Record<string, number>;
}

/** Counts an account into its band. */
const band = (b: SeverityBands, severity: string | undefined) => {
  if (severity === 'critical') b.critical++;
  else if (severity === 'high') b.high++;
  else if (severity === 'medium') b.medium++;
  else if (severity === 'low') b.low++;
  else b.none++;
};

/** What ties a takeover to its campaign, from its reason codes: a source, an address block two sources share, the tries with the campaign's ASN, the tries alone, the ASN alone. */
function tieOf(codes: string[]): string {
  if (codes.includes('campaign_source')) return 'source';
  if (codes.includes('campaign_network')) return 'block';
  if (codes.includes('after_failures')) return codes.includes('campaign_asn') ? 'tries + ASN' : 'tries';
  return codes.includes('campaign_asn') ? 'ASN alone' : 'user agent';
}

/** Generates one case, loads it with IP intel for every address, runs the sign-in detectors and counts the takeover findings against its truth. */
export async function runAsnSweepCase(engine: Engine, params: AsnSweepParams): Promise<AsnSweepResult> {
  const c = asnSweepCase(params);
  await insertSignins(engine, c.rows);
  await insertIntel(engine, c.intel);
  const { findings } = await engine.service.classifySignins({});
  const named = new Map<string, { severity: string; codes: string[] }>();
  for (const f of findings.filter((x) => x.kind === 'account_takeover')) {
    const codes = (f.evidence as unknown as TakeoverEvidence).reasons.map((x) => x.code);
    for (const u of f.users) named.set(u, { severity: f.severity, codes });
  }
  const r: AsnSweepResult = {
    params,
    rows: c.rows.length,
    honest: { critical: 0, high: 0, medium: 0, low: 0, none: 0 },
    honestHighTie: {},
    honestHighBy: {},
    honestHighUa: {},
    wins: { critical: 0, high: 0, medium: 0, low: 0, none: 0 },
    winsHighTie: {},
  };
  for (const w of c.wins) {
    const f = named.get(w);
    band(r.wins, f?.severity);
    if (f?.severity !== 'high' && f?.severity !== 'critical') continue;
    const tie = tieOf(f.codes);
    r.winsHighTie[tie] = (r.winsHighTie[tie] ?? 0) + 1;
  }
  for (const [user, f] of named) {
    if (c.wins.has(user)) continue;
    band(r.honest, f.severity);
    if (f.severity !== 'high' && f.severity !== 'critical') continue;
    const tie = tieOf(f.codes);
    r.honestHighTie[tie] = (r.honestHighTie[tie] ?? 0) + 1;
    if (f.codes.includes('campaign_user_agent') && !f.codes.includes('tenant_user_agent')) r.honestHighUa[tie] = (r.honestHighUa[tie] ?? 0) + 1;
    const why = c.newAddress.get(user) ?? 'other';
    r.honestHighBy[why] = (r.honestHighBy[why] ?? 0) + 1;
  }
  return r;
}
