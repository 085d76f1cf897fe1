import { createHash } from 'node:crypto';
import fs from 'node:fs';
import bcrypt from 'bcryptjs';
import { planted } from '../planted/plantedScenario';
import { syntheticPeople } from '../leak/syntheticPeople';

/** Ground truth of the synthetic leak: rows, people, and its password census. */
export const leakTruth = { rows: planted.leakedEmails.length, bcryptCost: 10, bcryptRows: 200, md5Rows: 100 };

/** Writes a synthetic leak (French headers) of the planted scenario's addresses: names, birth dates, bcrypt cost 10 and bare MD5 passwords, last-login IPs. */
export function writeLeakCsv(file: string): void {
  const hashes = ['alpha', 'bravo', 'charlie'].map((p) => bcrypt.hashSync(p, leakTruth.bcryptCost));
  const lines = ['email;nom;prenom;date_naissance;mot_de_passe;derniere_ip'];
  const people = syntheticPeople(planted.leakedEmails.length, 3);
  planted.leakedEmails.forEach((email, i) => {
    const p = people[i] as (typeof people)[number];
    const pw = i < leakTruth.bcryptRows ? (hashes[i % 3] as string) : createHash('md5').update(`pw${i}`).digest('hex');
    const ip = i < planted.leakedLastIps.length ? (planted.leakedLastIps[i] as string) : `203.0.113.${i % 250}`;
    lines.push([email, p.nom, p.prenom, p.naissance, pw, ip].join(';'));
  });
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
