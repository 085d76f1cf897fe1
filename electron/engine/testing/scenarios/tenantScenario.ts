import type { SigninFixture } from '../planted/insertSignins';
import { bruteForce, mfaFatigue, proxyStuffing, singleStuffing, spray, type TargetPools } from './attackTraffic';
import { conference, idpOutage, kiosk, passwordChange, pentest, serviceAccounts } from './benignPhenomena';
import { benignTraffic } from './benignTraffic';
import { phoneReinstall } from './phoneReinstall';
import { Rng } from './Rng';
import { defaultScenarioParams, type ScenarioParams } from './ScenarioParams';
import { emptyTruth, type ScenarioTruth } from './ScenarioTruth';
import { ScenarioWriter } from './ScenarioWriter';
import { account, day, hour, minute, outsider, tenantStart } from './tenant';

/** A generated tenant: its sign-ins in time order, the leaked identities, and the ground truth per account and source. */
export interface TenantScenario {
  params: ScenarioParams;
  rows: SigninFixture[];
  leaked: string[];
  truth: ScenarioTruth;
}

/** The first weekday at or after day d (the office burst happens on weekdays), kept inside the logs. */
const weekdayFrom = (d: number, days: number): number => {
  let k = d;
  while (k % 7 >= 5 && k < days - 2) k++;
  return Math.min(k, days - 2);
};

/**
 * A seeded multi-week tenant with every attack class and benign look-alike of issue 16, labelled per account and per
 * source, plus the benign phenomena `phenomena` names (drawn from their own seeded stream, so switching one on leaves
 * every other row as it was). `attacks: false` gives the benign traffic alone (same accounts, same leak).
 */
export function tenantScenario(overrides: Partial<ScenarioParams> = {}, o: { attacks?: boolean } = {}): TenantScenario {
  const p = { ...defaultScenarioParams, ...overrides };
  const r = new Rng(p.seed);
  const w = new ScenarioWriter();
  const truth = emptyTruth();
  const residents = benignTraffic(w, r, p, truth);
  const third = Math.floor(p.days / 3);
  const attackDay = p.overlap ? weekdayFrom(third + 1, p.days) : null;
  const dayAt = (k: number) => tenantStart + (attackDay ?? Math.min(p.days - 2, third + k)) * day;
  const eventDay = tenantStart + (attackDay ?? weekdayFrom(third + 2, p.days)) * day;
  const pr = new Rng(p.seed * 7919 + 13);
  const on = (x: ScenarioParams['phenomena'][number]) => p.phenomena.includes(x);
  if (on('conference')) conference(w, pr, p, truth, residents, eventDay);
  if (on('password_change')) passwordChange(w, pr, p, truth, residents, eventDay);
  if (on('idp_outage')) idpOutage(w, pr, p, truth, residents, eventDay);
  if (on('service_account')) serviceAccounts(w, pr, p, truth, eventDay, tenantStart);
  if (on('kiosk')) kiosk(w, pr, p, truth, residents, tenantStart);
  if (on('phone_reinstall')) phoneReinstall(w, new Rng(p.seed * 7919 + 29), p, truth, residents, tenantStart);
  for (const x of w.rows) {
    if (x.user !== null) truth.benign.accounts.add(x.user);
    if (x.ip !== null) truth.benign.sources.add(x.ip);
  }
  if (on('pentest')) pentest(w, pr, truth, residents, eventDay + day + 14 * hour);
  const tenant = r.shuffle(Array.from({ length: p.accounts }, (_, i) => account(i)));
  const leakedTenant = tenant.slice(0, Math.round(p.leakShare * p.accounts));
  const outsiders = Array.from({ length: p.proxyAccounts + 2 * p.perClass }, (_, i) => outsider(i));
  if (o.attacks !== false) {
    const pools: TargetPools = { leaked: [...leakedTenant], any: tenant.slice(leakedTenant.length), outsiders: [...outsiders] };
    const burst = p.overlap ? 6 * hour : 0; // the single-source stuffing moves from 3 am into the 9 am burst
    proxyStuffing(w, r, p, truth, pools, dayAt(1) + 2 * hour);
    spray(w, r, p, truth, pools, p.overlap ? dayAt(3) + 9 * hour - 10 * minute : dayAt(3) + 10 * hour);
    singleStuffing(w, r, p, truth, pools, dayAt(4) + 3 * hour + burst);
    bruteForce(w, r, p, truth, pools, dayAt(2));
    mfaFatigue(w, r, p, truth, pools, dayAt(5));
  }
  return { params: p, rows: w.rows.sort((a, b) => a.ts - b.ts), leaked: [...leakedTenant, ...outsiders], truth };
}
