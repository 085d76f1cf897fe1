import fs from 'node:fs';
import { demoSigninFacts } from './demoSigninScenario';
import { seededRandom } from './seededRandom';

const surnames = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garçon', 'Rousseau', 'Müller', 'Núñez'];
const firstNames = ['Éloïse', 'Jean', 'Chloé', 'Lucas', 'Zoé', 'Hugo', 'Inès', 'Léa', 'Noé', 'Anaïs', 'Jürgen', 'Íñigo'];
const streets = ['rue de la Paix', 'avenue des Champs', 'boulevard Voltaire', 'place Bellecour', 'quai Saint-Michel'];
const bcryptAlphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Facts of the demo leak, for tests and the README. */
export const demoLeakFacts = { rows: 2000, bcryptCost10: 1500, bcryptCost12: 500 } as const;

/**
 * Writes a synthetic leak sample in the retailer's shape with French headers and `;` separators:
 * surname, first name, email, gender, birth date, encrypted phone, bcrypt-shaped hash, last login IP and
 * time, partial address. The first 300 e-mails are the accounts the demo sign-in log attacks.
 * Every value is generated; no real person appears. Hashes have bcrypt's structure, not real salts.
 */
export function writeDemoLeakCsv(file: string, seed = 38): number {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const lines = ['nom;prénom;email;sexe;date_naissance;telephone_chiffre;mot_de_passe;derniere_ip;derniere_connexion;adresse'];
  for (let i = 0; i < demoLeakFacts.rows; i++) {
    const email = demoSigninFacts.leakedEmails[i] ?? `client${i}@exemple-mail.fr`;
    const cost = i < demoLeakFacts.bcryptCost10 ? '10' : '12';
    const hash = `$2y$${cost}$${Array.from({ length: 53 }, () => pick([...bcryptAlphabet])).join('')}`;
    const phone = Buffer.from(Array.from({ length: 24 }, () => Math.floor(rnd() * 256))).toString('base64');
    const birth = `${1950 + Math.floor(rnd() * 55)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const ip = demoSigninFacts.leakedLastIps[i] ?? `203.0.113.${Math.floor(rnd() * 250) + 1}`;
    const last = new Date(Date.UTC(2024, 1, 1) + Math.floor(rnd() * 28 * 86_400_000)).toISOString().slice(0, 19).replace('T', ' ');
    const address = `${1 + Math.floor(rnd() * 120)} ${pick(streets)}, 750${String(1 + Math.floor(rnd() * 20)).padStart(2, '0')}`;
    const gender = rnd() < 0.5 ? 'F' : 'M';
    const row = [pick(surnames), pick(firstNames), email, gender, birth, phone, hash, ip, last, i % 17 === 0 ? '' : address];
    lines.push(row.join(';'));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return demoLeakFacts.rows;
}
