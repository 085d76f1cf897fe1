import type { ColumnInfoDto } from '../../../shared/api/dataApi';
import { IdentityMatcher } from './IdentityMatcher';
import type { Masker } from './Masker';
import { freeTextClass, personalKeys, statedKeys } from './personalRule';

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

/** Data classes of a data-view column whose cells are accounts, which the page's free text may name again (a finding's summary). */
const identityClasses: ReadonlySet<string | null> = new Set(['Usernames', 'Email addresses']);

/** A column whose cells are scanned as free text rather than masked whole (the cells Masker.cell passes to Masker.text). */
const isTextColumn = (col: ColumnInfoDto | undefined): boolean => !col || !col.masked || col.dataClass === freeTextClass;

/** The object or list a free-text cell holds as JSON (an audit entry's detail, a finding's evidence), else undefined. */
function jsonCell(v: string): unknown {
  if (!/^\s*[[{]/.test(v)) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

/** The column each value of a facet is masked as. */
const facetColumn = (o: { dataClass: string | null; masked: boolean }): ColumnInfoDto => ({ name: '', type: 'VARCHAR', dataClass: o.dataClass, masked: o.masked });

/** The identities the cells of a data-view page or facet name: its account columns' values, and those under personal keys of its JSON cells. */
function collectCellIdentities(cells: Iterable<[string | null, ColumnInfoDto | undefined]>, into: Set<string>): void {
  for (const [v, col] of cells) {
    if (v === null) continue;
    if (col?.masked && identityClasses.has(col.dataClass)) into.add(v);
    else if (isTextColumn(col)) collectIdentities(jsonCell(v), into);
  }
}

/** Every cell of a data-view page with its column. */
function* pageCells(o: { columns: ColumnInfoDto[]; rows: Array<Array<string | null>> }): Iterable<[string | null, ColumnInfoDto | undefined]> {
  for (const r of o.rows) for (let i = 0; i < r.length; i++) yield [r[i] ?? null, o.columns[i]];
}

/**
 * Every identity named under a personal key anywhere in `v`, and in the account columns and JSON cells of a data-view
 * page or facet, so the same names are found inside its free text.
 */
export function collectIdentities(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) for (const x of v) collectIdentities(x, into);
  else if (isPlain(v)) {
    if (isTablePage(v)) collectCellIdentities(pageCells(v), into);
    else if (isFacet(v)) collectCellIdentities(v.values.map((x): [string | null, ColumnInfoDto] => [x.value, facetColumn(v)]), into);
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (personalKeys[k] === 'identity') {
        if (typeof x === 'string') into.add(x);
        else if (Array.isArray(x)) for (const s of x) if (typeof s === 'string') into.add(s);
      } else collectIdentities(x, into);
    }
  }
}

/**
 * Applies the personal-data rule (personalRule.ts) to any value an Api method returns. `named`: identities the case's
 * own tables write into free text (the accounts its findings name), looked for in a data-view page or facet besides those
 * the value names itself.
 */
export function maskDeep<T>(value: T, m: Masker, named: Iterable<string> = []): T {
  const ids = new Set<string>(named);
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
      const col = facetColumn(v);
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
