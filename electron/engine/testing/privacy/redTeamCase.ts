import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../../createEngine';
import { accountUnlocked, helpDesk, passwordReset } from '../blindWindows/accountManagement';
import { dcFor, lockout, preauthFailed, tgt } from '../blindWindows/domainAuth';
import { WinLog } from '../blindWindows/WinLog';
import { writeWindowsXml } from '../blindWindows/writeWindowsXml';
import { writeEntraCsv } from '../logs/writeEntraCsv';
import type { SigninFixture } from '../planted/insertSignins';
import type { PersonalScenario } from './personalScenario';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const start = Date.UTC(2024, 3, 1);

/** One synthetic data subject of the red-team leak: every value invented, each distinctive enough to be searched for. */
export interface RedTeamPerson {
  email: string;
  first: string;
  last: string;
  phone: string;
  /** The birth date as the leak spells it (dd/mm/yyyy). */
  birth: string;
  birthIso: string;
  login: string;
  homeIp: string;
  publicIp: string;
  street: string;
}

const firsts = ['Zorabel', 'Ignatia', 'Balthus', 'Evander', 'Philippa', 'Corentin'];
const heads = ['Quill', 'Bracken', 'Thistle', 'Marrow', 'Penny', 'Ashen'];
const tails = ['feather', 'ridge', 'wood', 'gate', 'combe'];

/** Thirty people of a small organisation whose customer file leaked: names, e-mails, phones, birth dates, logins, addresses. */
export const redTeamPeople: RedTeamPerson[] = Array.from({ length: 30 }, (_, i) => {
  const first = firsts[i % firsts.length] as string;
  const last = `${heads[Math.floor(i / tails.length)] as string}${tails[i % tails.length] as string}`;
  const d = String(1 + (i % 27)).padStart(2, '0');
  const m = String(1 + (i % 12)).padStart(2, '0');
  const y = String(1951 + i);
  return {
    email: `${first}.${last}@corp.example`.toLowerCase(),
    first,
    last,
    phone: `+33 6 47 ${String(20 + i)} 58 ${String(30 + i)}`,
    birth: `${d}/${m}/${y}`,
    birthIso: `${y}-${m}-${d}`,
    login: `${first[0] as string}${last}`.toLowerCase(),
    homeIp: `172.20.${i}.${10 + i}`,
    publicIp: `81.2.69.${100 + i}`,
    street: `${3 + i} ${last} Lane`,
  };
});

/** Who is who in the planted attacks and incidents. */
export const redTeamPlan = {
  sprayIp: '45.155.205.7',
  bruteIp: '45.155.205.8',
  /** The public address the brute-forced account then signed in from: a success address, personal, not an attacker's. */
  takeoverIp: '81.2.70.9',
  bruteVictim: redTeamPeople[1] as RedTeamPerson,
  /** Pulls 60 GB from the office network (combined access log). */
  exporter: redTeamPeople[3] as RedTeamPerson,
  /** Whose login pulls 40 GB at night in the CSV transfer log: an account that is no e-mail address. */
  nightLogin: redTeamPeople[9] as RedTeamPerson,
  /** The staff address of the exporter. */
  exporterIp: '10.9.8.77',
  /** The Windows account whose password the help desk resets before its laptop keeps trying the old one. */
  windowsUser: 'ysolde.hollowmere',
  helpDesk,
  /** Typed where a number belongs in a transfer log: the rejected line. */
  rejected: redTeamPeople[20] as RedTeamPerson,
};

/** Every personal value planted in the case, as a masked answer must never show it. */
export function redTeamSecrets(): string[] {
  const people = redTeamPeople.flatMap((p) => [
    p.email,
    p.email.split('@')[0] as string,
    p.last,
    p.phone,
    p.birth,
    p.birthIso,
    p.login,
    p.homeIp,
    p.publicIp,
    p.street,
  ]);
  return [...people, redTeamPlan.takeoverIp, redTeamPlan.exporterIp, redTeamPlan.windowsUser, redTeamPlan.helpDesk];
}

/** The planted values found in `text`: case-insensitive, and phones also as their digits with separators dropped. */
export function plantedValuesIn(text: string, secrets: string[]): string[] {
  const lower = text.toLowerCase();
  const digits = text.replace(/[\s.+()/-]/g, '');
  return secrets.filter((v) => lower.includes(v.toLowerCase()) || (/^\+[\d ]+$/.test(v) && digits.includes(v.replace(/\D/g, ''))));
}

/** The leak: semicolon-separated with French headers, one person a line, a free-text comment naming the person. */
function leakCsv(): string {
  const rows = redTeamPeople.map((p) =>
    [p.email, p.first, p.last, p.phone, p.birth, p.login, p.publicIp, p.street, `rappeler ${p.first} ${p.last} au ${p.phone}`].join(';'),
  );
  return ['email;prenom;nom;telephone;date_naissance;login;derniere_ip;adresse;commentaire', ...rows].join('\n') + '\n';
}

/** A week of sign-ins: everyone from home (private) and from a public address; a spray with one win, a brute force won from a new address. */
function signins(): SigninFixture[] {
  const ok = (ts: number, user: string, ip: string): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0' });
  const fail = (ts: number, user: string, ip: string): SigninFixture => ({
    ts,
    user,
    ip,
    success: false,
    failureReason: 'bad_password',
    resultCode: '50126',
    userAgent: 'python-requests/2.31',
  });
  const rows: SigninFixture[] = [];
  redTeamPeople.forEach((p, i) => {
    for (let d = 0; d < 6; d++)
      rows.push(ok(start + d * day + 8 * hour + i * minute, p.email, p.homeIp), ok(start + d * day + 14 * hour + i * minute, p.email, p.publicIp));
  });
  const spray = start + 3 * day + 2 * hour;
  redTeamPeople.forEach((p, i) => rows.push(fail(spray + i * 20_000, p.email, redTeamPlan.sprayIp)));
  rows.push({ ...ok(spray + 15 * minute, (redTeamPeople[0] as RedTeamPerson).email, redTeamPlan.sprayIp), userAgent: 'python-requests/2.31' });
  const brute = start + 4 * day + 3 * hour;
  for (let k = 0; k < 30; k++) rows.push(fail(brute + k * 40_000, redTeamPlan.bruteVictim.email, redTeamPlan.bruteIp));
  rows.push(ok(brute + 40 * minute, redTeamPlan.bruteVictim.email, redTeamPlan.takeoverIp));
  return rows.sort((a, b) => a.ts - b.ts);
}

/** A transfer CSV whose accounts are logins: office-hours traffic of ten people, and one of them pulling 40 GB one night. */
function transferCsv(): string {
  const lines = ['timestamp,user_id,bytes_transferred'];
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  for (let d = 0; d < 7; d++) {
    redTeamPeople.slice(0, 10).forEach((p, i) => {
      for (let e = 0; e < 12; e++)
        lines.push(`${iso(start + d * day + 9 * hour + e * 20 * minute + i * 1000)},${p.login},${200_000 + ((i * 7919 + e * 104_729 + d) % 900_000)}`);
    });
  }
  for (let k = 0; k < 40; k++) lines.push(`${iso(start + 5 * day + 2 * hour + k * minute)},${redTeamPlan.nightLogin.login},1000000000`);
  return lines.join('\n') + '\n';
}

/** A combined access log: the exporter pulls 60 GB in one hour from the office address under its e-mail account. */
function staffLog(): string {
  const p = redTeamPlan.exporter;
  const lines = Array.from(
    { length: 30 },
    (_, k) =>
      `${redTeamPlan.exporterIp} - ${p.email} [04/Apr/2024:10:${String(k).padStart(2, '0')}:00 +0000] "GET /export/customers-${k}.tar HTTP/1.1" 200 2000000000 "-" "curl/8.5"`,
  );
  return `${lines.join('\n')}\n`;
}

/** A transfer log with one line whose bytes hold an e-mail address and whose account is a phone number. */
function rejectCsv(): string {
  const p = redTeamPlan.rejected;
  const good = Array.from({ length: 9 }, (_, k) => `2024-04-05T1${k}:00:00Z,svc-report,${1000 + k}`);
  return ['timestamp,user_id,bytes_transferred', ...good, `2024-04-05T12:30:00Z,${p.phone},${p.email}`].join('\n') + '\n';
}

/** Domain controllers' events: the help desk resets a user's password, whose laptop then keeps trying the old one until locked out. */
function windowsLog(): WinLog {
  const log = new WinLog();
  const u = redTeamPlan.windowsUser;
  for (let d = 0; d < 3; d++) tgt(log, start + d * day + 8 * hour, dcFor(u), u, '10.20.1.2');
  const t = start + 3 * day;
  passwordReset(log, t + 9 * hour, dcFor(u), u, '0x2b2b2b');
  for (let k = 0; k < 10; k++) preauthFailed(log, t + 13 * hour + Math.floor(k / 3) * 8 * minute + (k % 3) * 2000, dcFor(u), u, '10.30.1.7');
  lockout(log, t + 13 * hour + 25 * minute, u, 'LT-0042');
  accountUnlocked(log, t + 15 * hour, u, '0x3c3c3c');
  tgt(log, t + 15 * hour + 10 * minute, dcFor(u), u, '10.30.1.7');
  log.events.sort((a, b) => a.ts - b.ts);
  return log;
}

/**
 * Builds the red-team case through the real loaders and detectors: the leak, Entra sign-ins, a Windows domain log, two
 * transfer logs and one with a rejected line. Shaped as the personal scenario, so the Api sweep's sample arguments
 * (sampleArgs.ts) apply to it unchanged; `secrets` lists every planted personal value.
 */
export async function openRedTeamCase(): Promise<PersonalScenario> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-redteam-'));
  const evidence = path.join(work, 'evidence');
  const outDir = path.join(work, 'reports');
  fs.mkdirSync(evidence, { recursive: true });
  fs.mkdirSync(outDir, { recursive: true });
  const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  const put = (name: string, text: string) => {
    const file = path.join(evidence, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const signinFile = path.join(evidence, 'SigninLogs.csv');
  writeEntraCsv(signinFile, signins());
  const winDir = path.join(evidence, 'windows');
  fs.mkdirSync(winDir);
  const staff = put('access.log', staffLog());
  await engine.service.openCase({ dir: path.join(work, 'case'), create: true });
  const leak = await engine.service.addSource({ path: put('leak.csv', leakCsv()), kind: 'leak' });
  const signinSource = await engine.service.addSource({ path: signinFile, kind: 'signin' });
  for (const file of writeWindowsXml(windowsLog().events, winDir, 'collector')) await engine.service.addSource({ path: file, kind: 'signin' });
  const transfers = await engine.service.addSource({ path: put('transfers.csv', transferCsv()), kind: 'transfer' });
  await engine.service.addSource({ path: staff, kind: 'transfer' });
  const withReject = await engine.service.addSource({ path: put('with-reject.csv', rejectCsv()), kind: 'transfer', maxRejectShare: 0.5 });
  await engine.service.runDetectors({});
  return {
    engine,
    work,
    outDir,
    leak,
    signins: signinSource,
    transfers,
    staffLog: staff,
    rejectsSourceId: withReject.id,
    secrets: redTeamSecrets(),
    close() {
      engine.close();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
