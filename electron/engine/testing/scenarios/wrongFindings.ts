import type { FindingDto, Severity } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { benignPhenomena } from './BenignPhenomenon';
import { allFindings, members } from './scoreFindings';
import { accountClasses, sourceClasses, type AccountClass, type ScenarioTruth } from './ScenarioTruth';

/** A finding that names honest accounts or addresses, with how many and which benign phenomena they come from. */
export interface WrongFinding {
  kind: string;
  severity: Severity;
  summary: string;
  accounts: number;
  benignAccounts: number;
  sources: number;
  benignSources: number;
  /** Benign members per phenomenon (`everyday` for the honest habits alone). */
  phenomena: Record<string, number>;
  /** Wrong as a whole: an account finding on an honest account, or a campaign listing an honest address or mostly honest accounts. */
  wrong: boolean;
}

/** Findings judged on one account (the rest are campaigns), with the classes whose accounts they rightly name. */
const accountKinds: Record<string, AccountClass[]> = {
  account_takeover: ['takeover'],
  credential_valid: ['credential_valid', 'takeover'],
  mfa_fatigue: ['mfa_fatigue'],
  brute_force: ['brute_force'],
};

/**
 * Every stored finding of the given severities that names an honest account (one no attack class and no pen test
 * touched) or an honest address (one honest traffic used, never an attack source), labelled by the benign phenomena
 * its honest members come from; and every takeover, confirmed credential or MFA-fatigue finding on an attacked account
 * that is not of its class (labelled `attacked, not <kind>`: a takeover of an account the attack only tried). The
 * costly mistakes: an analyst resets, blocks or notifies on these.
 */
export async function wrongFindings(engine: Engine, truth: ScenarioTruth, severities: readonly Severity[] = ['high', 'critical']): Promise<WrongFinding[]> {
  const attacked = new Set([...accountClasses.flatMap((k) => [...truth.accounts[k]]), ...truth.phenomena.pentest.accounts]);
  const attackIps = new Set(sourceClasses.flatMap((k) => [...truth.sources[k]]));
  const honestAccount = (u: string) => truth.benign.accounts.has(u) && !attacked.has(u);
  const honestSource = (ip: string) => truth.benign.sources.has(ip) && !attackIps.has(ip);
  const label = (x: string, on: 'accounts' | 'sources') => benignPhenomena.filter((k) => k !== 'pentest' && k !== 'dst' && truth.phenomena[k][on].has(x));
  const out: WrongFinding[] = [];
  for (const f of (await allFindings(engine)).filter((x: FindingDto) => severities.includes(x.severity))) {
    const rightly = accountKinds[f.kind];
    const users = await members(engine, f.id, 'accounts');
    const ips = rightly ? [] : await members(engine, f.id, 'sources');
    const misnamed = rightly ? users.filter((u) => attacked.has(u) && !truth.phenomena.pentest.accounts.has(u) && !rightly.some((k) => truth.accounts[k].has(u))) : [];
    const badUsers = [...users.filter(honestAccount), ...misnamed];
    const badIps = ips.filter(honestSource);
    if (badUsers.length === 0 && badIps.length === 0) continue;
    const phenomena: Record<string, number> = {};
    const count = (x: string, on: 'accounts' | 'sources') => {
      const ks = label(x, on);
      for (const k of ks.length > 0 ? ks : ['everyday']) phenomena[k] = (phenomena[k] ?? 0) + 1;
    };
    badUsers.forEach((u) => (misnamed.includes(u) ? (phenomena[`attacked, not ${f.kind}`] = (phenomena[`attacked, not ${f.kind}`] ?? 0) + 1) : count(u, 'accounts')));
    badIps.forEach((ip) => count(ip, 'sources'));
    const wrong = rightly ? badUsers.length > 0 : badIps.length > 0 || badUsers.length * 2 > users.length;
    out.push({ kind: f.kind, severity: f.severity, summary: f.summary, accounts: users.length, benignAccounts: badUsers.length, sources: ips.length, benignSources: badIps.length, phenomena, wrong });
  }
  return out;
}
