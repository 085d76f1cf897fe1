import { IdentityMatcher } from './IdentityMatcher';
import type { Masker } from './Masker';
import { collectIdentities, isMaskedByColumns, isPlain } from './maskDeep';
import { personalKeys, statedKeys } from './personalRule';

type Plain = Record<string, unknown>;

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
    const ids = new Set<string>();
    collectIdentities(row, ids);
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
      if (isMaskedByColumns(v)) shaped = true;
      return entries(v);
    };
    const entries = (o: Plain): Plain => {
      const out: Plain = {};
      for (const k of Object.keys(o)) {
        const x = o[k];
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
