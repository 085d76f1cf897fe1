/** Deepest nesting of objects flattened into columns; an object nested deeper is kept whole as JSON text. */
export const maxJsonDepth = 6;

/** One field of a JSON document: its keys from the top, and its column name (the keys joined by dots). */
export interface JsonLeafPath {
  keys: string[];
  name: string;
}

/**
 * The fields to load as columns from the merged structure of every document (DuckDB's `json_group_structure`): a key
 * whose value is an object in every document that has it is descended into, so `{"customer": {"contact": {"email": …}}}`
 * gives the column `customer.contact.email` (why: a leak exported as nested JSON, a MongoDB dump, kept its e-mails and
 * names inside one JSON-text column no class could be read from); a list, a scalar, or a key of mixed kinds is one
 * column (lists and mixed values as JSON text), in first-seen order.
 */
export function jsonLeafPaths(structure: unknown, max: number): JsonLeafPath[] {
  const out: JsonLeafPath[] = [];
  const walk = (node: unknown, keys: string[]) => {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (out.length >= max) return;
      const path = [...keys, key];
      const object = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
      if (object && path.length < maxJsonDepth) walk(value, path);
      else out.push({ keys: path, name: path.join('.') });
    }
  };
  if (typeof structure === 'object' && structure !== null && !Array.isArray(structure)) walk(structure, []);
  return out;
}

/** A field as a JSON pointer, so dots, slashes and quotes in keys need no JSONPath quoting. */
export function jsonPointer(keys: string[]): string {
  return keys.map((k) => '/' + k.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
