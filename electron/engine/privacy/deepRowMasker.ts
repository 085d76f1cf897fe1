import { IdentityMatcher } from './IdentityMatcher';
import type { Masker } from './Masker';
import { personalKeys, statedKeys } from './personalRule';

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shapes maskDeep masks by their columns (a data-view page, a facet): left to maskDeep itself. */
const isShaped = (o: Plain): boolean => (Array.isArray(o.columns) && Array.isArray(o.rows)) || (Array.isArray(o.values) && 'masked' in o);

/** The identities named under an identity key anywhere in `v`, as maskDeep collects them. */
function identitiesOf(v: unknown, into: string[]): void {
  if (Array.isArray(v)) for (const x of v) identitiesOf(x, into);
  else if (isPlain(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (personalKeys[k] === 'identity') {
        if (typeof x === 'string') into.push(x);
        else if (Array.isArray(x)) for (const s of x) if (typeof s === 'string') into.push(s);
      } else identitiesOf(x, into);
    }
  }
}

/**
 * Masks side-file rows holding nested values (a finding's evidence) exactly as maskDeep masks each, for lists of
 * thousands of them: a text that contains none of the row's identities is masked as plain free text (maskDeep's
 * matcher of those identities finds nothing in it), and free text that masking leaves unchanged (hours, units, reasons)
 * is remembered, so it is scanned once per file rather than once per row. Returns null for a row holding a shape
 * maskDeep masks by its columns (the caller then uses maskDeep).
 */
export function deepRowMasker(m: Masker): (row: Plain) => Plain | null {
  const unchanged = new Set<string>();
  return (row) => {
    const ids: string[] = [];
    identitiesOf(row, ids);
    const known = IdentityMatcher.of(ids);
    const text = (v: string): string => {
      if (known?.occursIn(v)) return m.text(v, known);
      if (unchanged.has(v)) return v;
      const out = m.text(v);
      if (out === v) unchanged.add(v);
      return out;
    };
    let shaped = false;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return text(v);
      if (Array.isArray(v)) return v.map(walk);
      if (!isPlain(v)) return v;
      if (isShaped(v)) shaped = true;
      return entries(v);
    };
    const entries = (o: Plain): Plain => {
      const out: Plain = {};
      for (const [k, x] of Object.entries(o)) {
        const kind = personalKeys[k];
        if (statedKeys.has(k) && typeof x === 'string') out[k] = x;
        else if (kind && typeof x === 'string') out[k] = m.byKind(x, kind);
        else if (kind && Array.isArray(x) && x.every((s) => typeof s === 'string' || s === null)) out[k] = x.map((s: string | null) => (s === null ? s : m.byKind(s, kind)));
        else out[k] = walk(x);
      }
      return out;
    };
    const masked = walk(row) as Plain;
    return shaped ? null : masked;
  };
}
