import type { SigninFixture } from '../planted/insertSignins';
import { bruteForce, mfaFatigue, proxyStuffing, singleStuffing, spray, type TargetPools } from './attackTraffic';
import { benignTraffic } from './benignTraffic';
import { Rng } from './Rng';
import { defaultScenarioParams, type ScenarioParams } from './ScenarioParams';
import { emptyTruth, type ScenarioTruth } from './ScenarioTruth';
import { ScenarioWriter } from './ScenarioWriter';
import { account, day, hour, outsider, tenantStart } from './tenant';

/** A generated tenant: its sign-ins in time order, the leaked identities, and the ground truth per account and source. */
export interface TenantScenario {
  params: ScenarioParams;
  rows: SigninFixture[];
  leaked: string[];
  truth: ScenarioTruth;
}

/**
 * A seeded multi-week tenant with every attack class and benign look-alike of issue 16, labelled per account and per
 * source. `attacks: false` gives the benign traffic alone (same accounts, same leak).
 */
export function tenantScenario(overrides: Partial<ScenarioParams> = {}, o: { attacks?: boolean } = {}): TenantScenario {
  const p = { ...defaultScenarioParams, ...overrides };
  const r = new Rng(p.seed);
  const w = new ScenarioWriter();
  const truth = emptyTruth();
  benignTraffic(w, r, p, truth);
  const tenant = r.shuffle(Array.from({ length: p.accounts }, (_, i) => account(i)));
  const leakedTenant = tenant.slice(0, Math.round(p.leakShare * p.accounts));
  const outsiders = Array.from({ length: p.proxyAccounts + 2 * p.perClass }, (_, i) => outsider(i));
  if (o.attacks !== false) {
    const pools: TargetPools = { leaked: [...leakedTenant], any: tenant.slice(leakedTenant.length), outsiders: [...outsiders] };
    const third = Math.floor(p.days / 3);
    const dayAt = (k: number) => tenantStart + Math.min(p.days - 2, third + k) * day;
    proxyStuffing(w, r, p, truth, pools, dayAt(1) + 2 * hour);
    spray(w, r, p, truth, pools, dayAt(3) + 10 * hour);
    singleStuffing(w, r, p, truth, pools, dayAt(4) + 3 * hour);
    bruteForce(w, r, p, truth, pools, dayAt(2));
    mfaFatigue(w, r, p, truth, pools, dayAt(5));
  }
  return { params: p, rows: w.rows.sort((a, b) => a.ts - b.ts), leaked: [...leakedTenant, ...outsiders], truth };
}
