import type { ColumnInfoDto } from '../../../shared/api/dataApi';
import { IdentityMatcher } from './IdentityMatcher';
import type { Masker } from './Masker';
import { personalKeys, statedKeys } from './personalRule';

type Plain = Record<string, unknown>;

/** A plain object (not a list, not null): the values maskDeep walks into by key. */
export const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A table-shaped result (a data-view page): column descriptions and rows of cells. */
function isTablePage(o: Plain): o is Plain & { columns: ColumnInfoDto[]; rows: Array<Array<string | null>> } {
  return Array.isArray(o.columns) && Array.isArray(o.rows) && o.columns.every((c) => isPlain(c) && typeof c.name === 'string' && typeof c.masked === 'boolean');
}

/** A facet-shaped result: one column's class and its top values. */
function isFacet(o: Plain): o is Plain & { values: Array<{ value: string | null; count: number }>; dataClass: string | null; masked: boolean } {
  return Array.isArray(o.values) && typeof o.masked === 'boolean' && 'dataClass' in o;
}

/** A result maskDeep masks by its columns (a data-view page, a facet) rather than key by key. */
export function isMaskedByColumns(o: Plain): boolean {
  return isTablePage(o) || isFacet(o);
}

/** Every identity named under a personal key anywhere in `v`, so the same names are found inside its free text. */
export function collectIdentities(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) for (const x of v) collectIdentities(x, into);
  else if (isPlain(v)) {
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (personalKeys[k] === 'identity') {
        if (typeof x === 'string') into.add(x);
        else if (Array.isArray(x)) for (const s of x) if (typeof s === 'string') into.add(s);
      } else collectIdentities(x, into);
    }
  }
}

/** Applies the personal-data rule (personalRule.ts) to any value an Api method returns. */
export function maskDeep<T>(value: T, m: Masker): T {
  const ids = new Set<string>();
  collectIdentities(value, ids);
  const known = IdentityMatcher.of(ids);
  // Masking a text has no effect but the pseudonyms it notes, the same each time: a text repeated on every finding (its SQL) is scanned once.
  const texts = new Map<string, string>();
  const text = (v: string): string => {
    let out = texts.get(v);
    if (out === undefined) {
      out = m.text(v, known);
      texts.set(v, out);
    }
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    if (!isPlain(v)) return v;
    if (isTablePage(v)) {
      const cols = v.columns;
      return { ...walkEntries(v, ['rows']), rows: v.rows.map((r) => r.map((cell, i) => m.cell(cell, cols[i], known))) };
    }
    if (isFacet(v)) {
      const col: ColumnInfoDto = { name: '', type: 'VARCHAR', dataClass: v.dataClass, masked: v.masked };
      return { ...walkEntries(v, ['values']), values: v.values.map((x) => ({ ...x, value: m.cell(x.value, col, known) })) };
    }
    return walkEntries(v, []);
  };
  const walkEntries = (o: Plain, skip: string[]): Plain =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => !skip.includes(k))
        .map(([k, x]) => {
          const kind = personalKeys[k];
          if (statedKeys.has(k) && typeof x === 'string') return [k, x];
          if (kind && typeof x === 'string') return [k, m.byKind(x, kind)];
          if (kind && Array.isArray(x) && x.every((s) => typeof s === 'string' || s === null)) return [k, x.map((s) => (s === null ? s : m.byKind(s, kind)))];
          return [k, walk(x)];
        }),
    );
  return walk(value) as T;
}
