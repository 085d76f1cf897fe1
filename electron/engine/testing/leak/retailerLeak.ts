import bcrypt from 'bcryptjs';
import { seededRandom } from '../../demo/seededRandom';
import { syntheticPeople } from './syntheticPeople';

/** A synthetic retailer leak: French headers, header row first, every value invented. */
export interface RetailerLeak {
  header: string[];
  rows: string[][];
}

const saltChars = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Real bcrypt hashes with deterministic salts: two at cost 10, one at cost 12 (kept few: bcryptjs is slow). */
function bcryptPool(rnd: () => number): string[] {
  const salt = (cost: number) => `$2b$${cost}$${Array.from({ length: 22 }, () => saltChars[Math.floor(rnd() * 64)]).join('')}`;
  return [10, 10, 12].map((cost, i) => bcrypt.hashSync(`synthetic-password-${i}`, salt(cost)));
}

/**
 * Generates `n` rows with the retailer's fields: id, surname, first name, email, gender, birth date,
 * phone encrypted as base64 of random bytes, bcrypt password (costs 10 and 12, $2a$/$2b$/$2y$, plus a
 * few bare MD5/SHA1 hex), last-login IP and time, partial address. Some cells are empty or "NULL".
 */
export function retailerLeak(n: number, seed = 42): RetailerLeak {
  const rnd = seededRandom(seed);
  const people = syntheticPeople(n, seed);
  const pool = bcryptPool(rnd);
  const hex = (len: number) => Array.from({ length: len }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
  const blank = (v: string, share: number) => (rnd() < share ? (rnd() < 0.5 ? '' : 'NULL') : v);
  const header = ['id_client', 'nom', 'prénom', 'email', 'sexe', 'date_naissance', 'tel_chiffre', 'mot_de_passe',
    'ip_derniere_connexion', 'derniere_connexion', 'adresse', 'code_postal', 'ville'];
  const rows = people.map((p, i) => {
    const pw = rnd();
    const bcryptHash = (pool[Math.floor(rnd() * pool.length)] as string).replace(/^\$2b\$/, ['$2a$', '$2b$', '$2y$'][i % 3] as string);
    const password = pw < 0.05 ? hex(32) : pw < 0.08 ? hex(40) : bcryptHash;
    const phone = Buffer.from(Array.from({ length: 24 }, () => Math.floor(rnd() * 256))).toString('base64');
    const ip = `${11 + Math.floor(rnd() * 200)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${1 + Math.floor(rnd() * 254)}`;
    const login = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 365 * 86400) * 1000).toISOString().replace('T', ' ').slice(0, 19);
    return [
      p.id, p.nom, p.prenom, p.email, p.genre === 'M' ? 'H' : 'F', blank(p.naissance, 0.1), blank(phone, 0.2), password,
      blank(ip, 0.05), login, blank(p.adresse, 0.3), String(10000 + Math.floor(rnd() * 85000)), p.ville,
    ];
  });
  for (let k = 0; k < 10; k++) rows.push([String(90000 + k), ...(rows[k] as string[]).slice(1)]);
  return { header, rows };
}
