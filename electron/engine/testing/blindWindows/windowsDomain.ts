import { Rng } from '../scenarios/Rng';
import { asrepRoast, kerberosSpray, ntlmSpray, rdpBruteForce, slowSpray, type DomainAttackContext } from './domainAttacks';
import { weekendDay } from './domainClock';
import { drawPeople } from './domainPerson';
import { everydayDomain, type DomainContext } from './everydayDomain';
import { brokenTrusts, passwordChanges, serviceAccounts, vulnerabilityScanner } from './honestDomainEvents';
import { WinLog, type WinEvent } from './WinLog';
import { emptyWindowsTruth, type WindowsTruth } from './WindowsTruth';

/** Size and seed of a generated domain, and how its log reaches the analyst: one collector export or one file per host. */
export interface WindowsParams {
  seed: number;
  accounts: number;
  days: number;
  files: 'collector' | 'per-host';
}

/** A generated domain: its events in time order and the truth. */
export interface WindowsDomain {
  params: WindowsParams;
  events: WinEvent[];
  truth: WindowsTruth;
}

const weekday = (d: number) => (weekendDay(d) ? d + (7 - (d % 7)) : d);

/**
 * A company's Windows domain written by an outsider to the sign-in detectors (docs/detection-scenarios.md, "The Windows
 * domain blind test"): two DCs, member servers, workstations and laptops on a VPN pool, Citrix, ADFS and Exchange
 * relaying their users' checks from one internal address, service accounts (one with a stale password), password
 * changes whose second device locks the account, a weekly scanner, broken machine trusts and null sessions; and on
 * their own random stream an internet RDP brute force, a Kerberos spray from a compromised workstation with one or two
 * wins, AS-REP roasting from it, an NTLM spray seen only as 4776, and a slow spray over days with a win.
 */
export function windowsDomain(params: WindowsParams): WindowsDomain {
  const { seed, accounts, days } = params;
  const r = new Rng(seed * 6151 + 29);
  const log = new WinLog();
  const truth = emptyWindowsTruth();
  const people = drawPeople(r, accounts);
  const ctx: DomainContext = { log, r, truth, days };
  everydayDomain(ctx, people);
  serviceAccounts(ctx);
  passwordChanges(ctx, people, new Rng(seed * 7_919 + 3));
  vulnerabilityScanner(ctx, people);
  brokenTrusts(ctx, people);

  const ra = new Rng(seed * 92_821 + 7);
  const users = people.map((p) => p.user);
  const existing = new Set([...users, 'svc_sql', 'svc_app', 'svc_backup', 'svc_scan', 'svc_legacy', 'administrator', 'guest']);
  const former = Array.from({ length: Math.ceil(accounts * 0.05) }, (_, k) => `former.staff${k}`);
  const actx: DomainAttackContext = { log, r: ra, truth, existing };
  const ws = ra.pick(people.filter((p) => p.role === 'desk'));
  const sprayDay = weekday(ra.int(Math.floor(days / 2), days - 2));
  rdpBruteForce(actx, people, ra.int(0, days - 1));
  asrepRoast(actx, ['svc_legacy', ...ra.shuffle(users).slice(0, 2)], ws, sprayDay - 1);
  kerberosSpray(actx, ra.shuffle([...users, ...former]).slice(0, Math.min(Math.floor(accounts / 2), ra.int(200, 600))), ws, sprayDay, accounts >= 500 ? 2 : 1);
  ntlmSpray(actx, ra.shuffle([...users, ...former.map((f) => f.replace('former.staff', 'info'))]).slice(0, Math.min(Math.floor(accounts * 0.3), ra.int(200, 500))), ra.int(0, days - 1));
  slowSpray(actx, ra.shuffle(users).slice(0, Math.min(Math.floor(accounts / 4), ra.int(150, 250))), ra.int(1, Math.max(1, days - 7)));
  log.events.sort((a, b) => a.ts - b.ts);
  return { params, events: log.events, truth };
}
