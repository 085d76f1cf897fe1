import fs from 'node:fs';
import path from 'node:path';
import { homeIp, natIp, planted } from '../planted/plantedScenario';
import { syntheticPeople } from '../leak/syntheticPeople';
import { openScenarioCase, type ScenarioCase } from '../report/scenarioCase';
import { sqlOn } from '../sqlOn';

/** The staff member whose bulk export the scenario plants, and the address it came from (a staff IP, not an attacker). */
export const staff = { user: 'staff.member@corp.example', ip: '10.9.8.7' };

/** A combined access log: the staff member pulls 60 GB in one hour from the office address. */
function writeStaffLog(file: string): void {
  const lines = Array.from({ length: 30 }, (_, k) => `${staff.ip} - ${staff.user} [04/Mar/2024:10:${String(k).padStart(2, '0')}:00 +0000] "GET /export/customers-${k}.tar HTTP/1.1" 200 2000000000 "-" "curl/8.5"`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/** An address typed where a number belongs: the rejected row of the scenario, kept (masked) in `rejects`. */
export const rejectedValue = 'eve.secret@corp.example';

/** The report scenario (leak with names, planted attacks, transfers) plus the staff export and a transfer log with one rejected row, detectors run. */
export interface PersonalScenario extends ScenarioCase {
  staffLog: string;
  rejectsSourceId: number;
  /** Values no masked answer may hold: leaked e-mails, names, staff and customer IPs, the pseudonym key. */
  secrets: string[];
}

/** Leaked names long enough to mean something when found in an answer. */
function leakedNames(): string[] {
  const people = syntheticPeople(planted.leakedEmails.length, 3);
  return [...new Set(people.flatMap((p) => [p.nom, p.prenom]))].filter((n) => n.length >= 4);
}

/** Builds the scenario through the real loaders and detectors, and lists its secrets. */
export async function openPersonalScenario(): Promise<PersonalScenario> {
  const s = await openScenarioCase();
  const staffLog = path.join(s.work, 'evidence', 'access.log');
  writeStaffLog(staffLog);
  await s.engine.service.addSource({ path: staffLog, kind: 'transfer' });
  const rejectsLog = path.join(s.work, 'evidence', 'with-reject.csv');
  const good = Array.from({ length: 9 }, (_, k) => `2024-03-05T1${k}:00:00Z,svc-report,${1000 + k}`);
  fs.writeFileSync(rejectsLog, ['timestamp,user_id,bytes_transferred', ...good, `2024-03-05T12:30:00Z,carol,${rejectedValue}`].join('\n') + '\n');
  const withReject = await s.engine.service.addSource({ path: rejectsLog, kind: 'transfer', maxRejectShare: 0.5 });
  await s.engine.service.runDetectors({});
  const [key] = await sqlOn<{ key: string }>(s.engine, `SELECT key FROM privacy.mask_key`);
  const secrets = [
    ...planted.leakedEmails,
    ...leakedNames(),
    staff.user,
    staff.ip,
    rejectedValue,
    planted.takeoverNewIp,
    natIp,
    ...planted.leakedLastIps,
    homeIp(5),
    key?.key ?? 'no key',
  ];
  return { ...s, staffLog, rejectsSourceId: withReject.id, secrets };
}

/** The secrets found in `text` (names as whole words, so `Paul` is not found in `Pauline`). */
export function secretsIn(text: string, secrets: string[]): string[] {
  return secrets.filter((v) => (/^[\p{L}' -]+$/u.test(v) ? new RegExp(`(?<!\\p{L})${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text) : text.includes(v)));
}
