import { pick } from './pick';

/** Invented-looking given names and surnames; combinations are synthetic, not anyone's record. */
const given = ['Camille', 'Louis', 'Emma', 'Gabriel', 'Jade', 'Raphael', 'Louise', 'Arthur', 'Alice', 'Jules', 'Lina', 'Adam', 'Chloe', 'Hugo', 'Rose', 'Leo', 'Anna', 'Noah', 'Mila', 'Paul', 'Zoe', 'Tom', 'Ines', 'Nathan'];
const surnames = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'Andre', 'Mercier'];
const domains = ['mail.example', 'post.example', 'inbox.example', 'courriel.example', 'web.example'];

/** SQL expressions describing synthetic customer number `k` (a BIGINT expression), stable across datasets. */
export function syntheticPerson(k: string): { given: string; surname: string; email: string } {
  const g = pick(given, k, 101);
  const s = pick(surnames, k, 102);
  return {
    given: g,
    surname: s,
    email: `lower(${g} || '.' || ${s} || (${k})::VARCHAR || '@' || ${pick(domains, k, 103)})`,
  };
}

/** SQL for a synthetic IPv4 address drawn from `seedSql`, inside the 10/8 private range. */
export function syntheticIp(seedSql: string, salt: number): string {
  return `'10.' || (hash(${seedSql}, ${salt}) % 256)::VARCHAR || '.' || (hash(${seedSql}, ${salt + 1}) % 256)::VARCHAR || '.' || (hash(${seedSql}, ${salt + 2}) % 254 + 1)::VARCHAR`;
}
