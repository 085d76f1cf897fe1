import type { z } from 'zod';

/** The parts of a zod 4 schema the generators read; every schema exposes them publicly. */
interface ZodNode {
  type: string;
  def: {
    innerType?: ZodNode;
    in?: ZodNode;
    element?: ZodNode;
    keyType?: ZodNode;
    valueType?: ZodNode;
    options?: ZodNode[];
    values?: unknown[];
  };
  shape?: Record<string, ZodNode>;
  options?: unknown[];
  minLength?: number | null;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  safeParse(v: unknown): { success: boolean };
}

/** One argument a generator built: where it differs from a valid one, how, and the value to send. */
export interface ArgCase {
  path: string[];
  label: string;
  arg: unknown;
  /** Whether zod itself must refuse it (else the engine must, later). */
  schemaRefuses: boolean;
  /** A probe the engine may answer (e.g. SQL text in a name), as long as it fails cleanly and changes nothing. */
  mayAccept?: boolean;
}

/** SQL fragments sent in every free-text field: identifiers and values must be bound or quoted, never spliced. */
export const sqlProbes = [`x"; DROP TABLE audit; --`, `x'); DELETE FROM audit; --`, `audit" WHERE 1=1; UPDATE sources SET status='x'; --`];

/** Values the engine must refuse for a field naming a file or a folder, whatever else the argument holds. */
export interface PathProbes {
  /** Refused by validation: relative, `..`, NUL. */
  syntax: string[];
  /** Well-formed but not acceptable evidence: devices, folders, the case's own files, missing files. */
  files: string[];
  /** Well-formed but not a case folder: devices and files. */
  dirs: string[];
}

const wrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional', 'lazy']);

function node(schema: unknown): ZodNode {
  return schema as ZodNode;
}

/** Strips optional/default/nullable/pipe wrappers, telling whether the field may be left out or null. */
function peel(schema: ZodNode): { n: ZodNode; optional: boolean; nullable: boolean } {
  let n = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    if (n.type === 'optional' || n.type === 'default' || n.type === 'prefault') optional = true;
    if (n.type === 'nullable') nullable = true;
    if (wrappers.has(n.type) && n.def.innerType) n = n.def.innerType;
    else if (n.type === 'pipe' && n.def.in) n = n.def.in;
    else return { n, optional, nullable };
  }
}

function isPathKey(key: string): 'file' | 'dir' | null {
  if (/(^|[a-z])(dir|folder)s?$/i.test(key)) return 'dir';
  if (/(^|[a-z])(path|file)s?$/i.test(key)) return 'file';
  return null;
}

function firstValid(n: ZodNode, candidates: unknown[]): unknown {
  return candidates.find((v) => n.safeParse(v).success) ?? candidates[0];
}

/** A value the schema accepts; `full` fills optional fields too, so every field exists to be mutated. */
export function validSample(schema: z.ZodType | ZodNode, full = false, key = ''): unknown {
  const { n } = peel(node(schema));
  switch (n.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, field] of Object.entries(n.shape ?? {})) {
        if (full || !peel(field).optional) out[k] = validSample(field, full, k);
      }
      return out;
    }
    case 'string': {
      const len = Math.max(1, n.minLength ?? 0);
      const pathLike = isPathKey(key) ? ['/nonexistent/breachdesk-sample.csv'] : [];
      return firstValid(n, [...pathLike, 'x'.repeat(len), '2026-01-01T00:00:00Z', 'a@b.example', '/nonexistent/breachdesk-sample.csv', '1']);
    }
    case 'number': {
      const lo = Number.isFinite(n.minValue) ? (n.minValue as number) : 1;
      return firstValid(n, [Math.max(lo, 1), lo, lo + 1, n.maxValue, 0]);
    }
    case 'boolean':
      return true;
    case 'enum':
      return n.options?.[0];
    case 'literal':
      return n.def.values?.[0];
    case 'record':
      return {};
    case 'array': {
      const item = n.def.element ? validSample(n.def.element, full) : 'x';
      return firstValid(n, [[], Array.from({ length: Math.max(1, n.minLength ?? 1) }, () => item)]);
    }
    case 'union':
      return validSample(n.def.options?.[0] as ZodNode, full, key);
    default:
      return 'x';
  }
}

function setAt(base: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  if (path.length === 0) return value;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[path[path.length - 1] as string] = value;
  return copy;
}

/** The wrong values of one field, by its type: wrong JSON types, out-of-range numbers, huge strings, stray keys. */
function wrongValues(n: ZodNode, nullable: boolean, sample: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = nullable ? [] : [['null', null]];
  switch (n.type) {
    case 'string':
      out.push(['number for string', 42], ['boolean for string', true], ['array for string', ['x']], ['object for string', {}]);
      out.push(['huge string', 'x'.repeat(Math.min((n.maxLength ?? 400_000) + 1, 400_001))]);
      break;
    case 'number':
      out.push(['string for number', '1'], ['boolean for number', true], ['array for number', [1]]);
      if (Number.isFinite(n.maxValue)) out.push(['above maximum', (n.maxValue as number) + 1], ['huge number', 1e308]);
      if (Number.isFinite(n.minValue)) out.push(['below minimum', (n.minValue as number) - 1], ['very negative number', -1e308]);
      if (n.isInt) out.push(['fraction for integer', 1.5]);
      break;
    case 'boolean':
      out.push(['string for boolean', 'true'], ['number for boolean', 1]);
      break;
    case 'enum':
      out.push(['value outside the enum', 'nonsense-value'], ['number for enum', 7], ['huge string for enum', 'x'.repeat(100_000)]);
      break;
    case 'record': {
      out.push(['array for record', []], ['string for record', 'x']);
      const keyMax = n.def.keyType ? peel(n.def.keyType).n.maxLength : null;
      if (keyMax) out.push(['huge record key', { ['k'.repeat(keyMax + 1)]: 1 }]);
      out.push(['object as record value', { k: { nested: true } }]);
      break;
    }
    case 'array':
      out.push(['object for array', {}], ['string for array', 'x']);
      if (n.maxLength !== null && n.maxLength !== undefined && n.maxLength <= 10_000) {
        const item = n.def.element ? validSample(n.def.element) : 'x';
        out.push(['too many items', Array.from({ length: n.maxLength + 1 }, () => item)]);
      }
      break;
    case 'object':
      out.push(['string for object', 'x'], ['array for object', []], ['number for object', 7]);
      out.push(['unexpected key', { ...(sample as Record<string, unknown>), __unexpected: 1 }]);
      break;
    default:
      break;
  }
  return out;
}

/** Walks a schema and builds one invalid argument per (field, wrong value), each otherwise valid. */
export function invalidArgs(schema: z.ZodType): ArgCase[] {
  const base = validSample(schema, true);
  const cases: ArgCase[] = [];
  const walk = (s: ZodNode, path: string[], sample: unknown) => {
    const { n, nullable } = peel(s);
    const wrong = wrongValues(n, nullable, sample).filter(([label]) => path.length > 0 || label !== 'null');
    for (const [label, value] of wrong) cases.push({ path, label, arg: setAt(base, path, value), schemaRefuses: true });
    if (n.type === 'object') {
      for (const [k, field] of Object.entries(n.shape ?? {})) walk(field, [...path, k], (sample as Record<string, unknown>)[k]);
    }
  };
  walk(node(schema), [], base);
  return cases;
}

/** Builds one argument per SQL probe for every string field that is not a path, on a full valid argument. */
export function sqlArgs(schema: z.ZodType): ArgCase[] {
  const base = validSample(schema, true);
  const cases: ArgCase[] = [];
  const walk = (s: ZodNode, path: string[]) => {
    const { n } = peel(s);
    if (n.type === 'string' && !isPathKey(path[path.length - 1] ?? '')) {
      for (const p of sqlProbes) {
        const arg = setAt(base, path, p);
        if (node(schema).safeParse(arg).success) cases.push({ path, label: `SQL ${JSON.stringify(p)}`, arg, schemaRefuses: false, mayAccept: true });
      }
    }
    if (n.type === 'object') for (const [k, field] of Object.entries(n.shape ?? {})) walk(field, [...path, k]);
  };
  walk(node(schema), []);
  return cases;
}

/** Builds the hostile-path arguments for every field that names a file or folder, on a minimal valid argument. */
export function pathArgs(schema: z.ZodType, probes: PathProbes): ArgCase[] {
  const base = validSample(schema, false);
  const cases: ArgCase[] = [];
  const { n } = peel(node(schema));
  if (n.type !== 'object') return cases;
  for (const [k, field] of Object.entries(n.shape ?? {})) {
    const kind = isPathKey(k);
    if (!kind || peel(field).n.type !== 'string') continue;
    for (const p of probes.syntax) cases.push({ path: [k], label: `path ${JSON.stringify(p)}`, arg: setAt(base, [k], p), schemaRefuses: true });
    for (const p of kind === 'dir' ? probes.dirs : probes.files) {
      cases.push({ path: [k], label: `path ${JSON.stringify(p)}`, arg: setAt(base, [k], p), schemaRefuses: false });
    }
  }
  return cases;
}
