import { pick, uniform } from './pick';
import { poolSlice, poolText } from './poolText';
import { syntheticIp, syntheticPerson } from './syntheticPerson';

const bcryptPool = poolText('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 8192, 7);
const base64Pool = poolText('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 8192, 11);
const hexPool = poolText('0123456789abcdef', 8192, 13);

const cities = [['75011', 'Paris'], ['69003', 'Lyon'], ['13008', 'Marseille'], ['31000', 'Toulouse'], ['33000', 'Bordeaux'], ['59000', 'Lille'], ['44000', 'Nantes'], ['67000', 'Strasbourg']] as const;

/**
 * SELECT producing a retailer's customer table of n rows (French headers, `;`-separated on disk):
 * names, e-mail, civility, birth date, phone encrypted as base64, bcrypt-looking hashes (`$2y$10$` + 53
 * chars of the bcrypt alphabet, 2 % bare MD5 hex, 1 % empty), last login IP and time, postcode and city.
 */
export function leakSql(n: number): string {
  const p = syntheticPerson('i');
  const city = uniform(cities.length, 'i', 30);
  const bcrypt = `'$2y$10$' || ${poolSlice(bcryptPool, 22, 'i', 35)} || ${poolSlice(bcryptPool, 31, 'i', 36)}`;
  const roll = uniform(100, 'i', 31);
  return `SELECT ${p.surname} AS nom,
      ${p.given} AS prenom,
      ${p.email} AS email,
      ${pick(['M', 'Mme'], 'i', 32)} AS civilite,
      strftime(DATE '1940-01-01' + ${uniform(25_000, 'i', 33)}::INTEGER, '%d/%m/%Y') AS date_naissance,
      ${poolSlice(base64Pool, 21, 'i', 37)} || ${poolSlice(base64Pool, 22, 'i', 38)} || '=' AS telephone_chiffre,
      CASE WHEN ${roll} < 97 THEN ${bcrypt} WHEN ${roll} < 99 THEN ${poolSlice(hexPool, 32, 'i', 39)} ELSE '' END AS mot_de_passe,
      ${syntheticIp('i', 40)} AS derniere_ip,
      strftime(TIMESTAMP '2022-01-01' + to_microseconds(${uniform(4 * 365 * 86400, 'i', 34)} * 1000000), '%Y-%m-%d %H:%M:%S') AS derniere_connexion,
      [${cities.map(([cp]) => `'${cp}'`).join(', ')}][${city} + 1] AS code_postal,
      [${cities.map(([, v]) => `'${v}'`).join(', ')}][${city} + 1] AS ville
    FROM range(${n}) t(i)`;
}
