import { seededRandom } from '../../demo/seededRandom';

/** One synthetic data subject: every value invented, never real PII. */
export interface SyntheticPerson {
  id: string;
  nom: string;
  prenom: string;
  email: string;
  genre: string;
  naissance: string;
  ville: string;
  adresse: string;
}

const surnames = ['Müller', 'Lefèvre', 'Núñez', 'Straßer', 'Dubois', 'Peña', 'Großmann', 'Hélène-Roy', 'Martin', 'Brückner', "O'Neill", 'Ibáñez', 'Lœwy'];
const firstNames = ['José', 'Zoë', 'Jürgen', 'Françoise', 'Iñigo', 'Ætienne', 'Anaïs', 'Björn', 'Céline', 'Günther', 'Marie', 'Paul'];
const towns = ['Besançon', 'Nîmes', 'München', 'Düsseldorf', 'A Coruña', 'Orléans', 'Genève', 'Köln'];
const streets = ['rue des Lilas', 'avenue Foch', 'Hauptstraße', 'calle Mayor', 'chemin du Moulin', 'boulevard Voltaire'];

/** Deterministic synthetic people with accented names (é, ü, ß, ñ) for leak fixtures. */
export function syntheticPeople(n: number, seed = 7): SyntheticPerson[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const nom = pick(surnames);
    const prenom = pick(firstNames);
    const y = 1940 + Math.floor(rnd() * 65);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const local = `${prenom}.${nom}`.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
    return {
      id: String(1000 + i),
      nom,
      prenom,
      email: `${local}${i}@example.${pick(['fr', 'de', 'es', 'com'])}`,
      genre: pick(['M', 'F']),
      naissance: `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
      ville: pick(towns),
      adresse: `${1 + Math.floor(rnd() * 200)} ${pick(streets)}`,
    };
  });
}
