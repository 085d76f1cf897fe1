import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../../sql/queryRows';
import { isExtendedJsonWrapper } from './extendedJson';

/** Deepest nesting of objects flattened into columns; an object nested deeper is kept whole as JSON text. */
export const maxJsonDepth = 6;

/** One field of a JSON document: its keys from the top, its column name (the keys joined by dots), and whether it holds Extended JSON type wrappers. */
export interface JsonLeafPath {
  keys: string[];
  name: string;
  wrapped: boolean;
}

/** A field as a JSON pointer, so dots, slashes and quotes in keys need no JSONPath quoting. */
export function jsonPointer(keys: string[]): string {
  return keys.map((k) => '/' + k.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** The keys of the objects at `parents` (each document parsed once per level), by parent, in first-seen order. */
async function childKeys(c: DuckDBConnection, staged: string, parents: string[][]): Promise<Map<number, string[]>> {
  const rows = await queryRows<{ i: number; key: string }>(
    c,
    `SELECT i::INTEGER AS i, key FROM (
       SELECT _line, i, unnest(ks) AS key, generate_subscripts(ks, 1) AS pos FROM (
         SELECT _line, unnest(kss) AS ks, generate_subscripts(kss, 1) AS i FROM (
           SELECT _line, ${parents[0]?.length ? `json_keys(j, from_json($ptrs, '["VARCHAR"]'))` : '[json_keys(j)]'} AS kss FROM ${staged} WHERE kind = 'OBJECT')))
     GROUP BY i, key ORDER BY i, min(_line * 100000 + pos)`,
    parents[0]?.length ? { ptrs: JSON.stringify(parents.map(jsonPointer)) } : {},
  );
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.i - 1, [...(out.get(r.i - 1) ?? []), r.key]);
  return out;
}

/**
 * Which of `paths` hold an object in every document that has them (and in one at least): those are descended into,
 * unless every object there is a MongoDB Extended JSON type wrapper (`{"$date": …}`): those paths are `wrapped` leaves.
 */
async function objectPaths(c: DuckDBConnection, staged: string, paths: string[][]): Promise<{ objects: Set<number>; wrapped: Set<number> }> {
  const rows = await queryRows<{ i: number; objects: boolean; wrapped: boolean }>(
    c,
    `SELECT i::INTEGER AS i, bool_and(t IS NULL OR t IN ('OBJECT', 'NULL')) AS objects, bool_and(t IS DISTINCT FROM 'OBJECT' OR ${isExtendedJsonWrapper('k')}) AS wrapped FROM (
       SELECT unnest(ts) AS t, unnest(ks) AS k, generate_subscripts(ts, 1) AS i FROM (
         SELECT json_type(j, from_json($ptrs, '["VARCHAR"]')) AS ts, json_keys(j, from_json($ptrs, '["VARCHAR"]')) AS ks FROM ${staged} WHERE kind = 'OBJECT'))
     GROUP BY i HAVING bool_or(t = 'OBJECT')`,
    { ptrs: JSON.stringify(paths.map(jsonPointer)) },
  );
  return {
    objects: new Set(rows.filter((r) => r.objects && !r.wrapped).map((r) => r.i - 1)),
    wrapped: new Set(rows.filter((r) => r.wrapped).map((r) => r.i - 1)),
  };
}

/**
 * The fields of the JSON documents in temp table `staged` (`_line`, `j`, `kind`) to load as columns, level by level: a
 * key whose value is an object in every document that has it is descended into, so `{"customer": {"contact":
 * {"email": …}}}` gives `customer.contact.email` (why: a leak exported as nested JSON, a MongoDB dump, kept its e-mails
 * and names inside one JSON-text column no class could be read from); a list, a scalar, a key of mixed kinds or an
 * object nested deeper than maxJsonDepth is one column (as JSON text), and so is a key holding Extended JSON type
 * wrappers (`dob: {"$date": …}` is one `dob` column, marked `wrapped` so the load unwraps it). Each level reads every document once, with
 * DuckDB's path lists (a document nested thousands deep is never walked recursively), up to `max` fields.
 */
export async function jsonLeafPaths(c: DuckDBConnection, staged: string, max: number): Promise<JsonLeafPath[]> {
  const tops = ((await childKeys(c, staged, [[]])).get(0) ?? []).map((k) => [k]);
  // Each object's fields by its pointer; a path not in it is a leaf.
  const fieldsOf = new Map<string, string[][]>();
  const wrappers = new Set<string>();
  let level = tops;
  for (let depth = 1; level.length > 0 && depth < maxJsonDepth; depth++) {
    const { objects, wrapped } = await objectPaths(c, staged, level);
    for (const i of wrapped) wrappers.add(jsonPointer(level[i] ?? []));
    const parents = level.filter((_, i) => objects.has(i));
    const children = parents.length ? await childKeys(c, staged, parents) : new Map<number, string[]>();
    // An object with no field in any document (always {}) stays one column.
    for (const [i, path] of parents.entries()) if (children.get(i)?.length) fieldsOf.set(jsonPointer(path), (children.get(i) ?? []).map((k) => [...path, k]));
    level = parents.flatMap((path) => fieldsOf.get(jsonPointer(path)) ?? []);
  }
  // First-seen order of the top keys, each object's fields in place of it.
  const placed: JsonLeafPath[] = [];
  const visit = (path: string[]) => {
    if (placed.length >= max) return;
    const fields = fieldsOf.get(jsonPointer(path));
    if (fields) for (const f of fields) visit(f);
    else placed.push({ keys: path, name: path.join('.'), wrapped: wrappers.has(jsonPointer(path)) });
  };
  for (const path of tops) visit(path);
  return placed;
}
