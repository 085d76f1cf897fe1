import { maskDeep } from './maskDeep';
import type { Masker } from './Masker';
import { personalKeys, statedKeys } from './personalRule';

type Row = Record<string, unknown>;

/** A value maskDeep leaves as it is or scans as free text: no object or list to walk into. */
const isScalar = (v: unknown): boolean => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** A row of scalars and lists of strings: one whose masking needs no walk (anything else goes to maskDeep). */
function isFlat(row: Row): boolean {
  return Object.values(row).every((v) => isScalar(v) || (Array.isArray(v) && v.every((s) => typeof s === 'string' || s === null)));
}

/** The identities a row names under personal keys that maskDeep would look for inside its free text (3 characters or more). */
function identitiesOf(row: Row): string[] {
  const ids: string[] = [];
  for (const [k, v] of Object.entries(row)) {
    if (personalKeys[k] !== 'identity') continue;
    if (typeof v === 'string') ids.push(v);
    else if (Array.isArray(v)) for (const s of v) if (typeof s === 'string') ids.push(s);
  }
  return ids.filter((s) => s.length >= 3);
}

/**
 * Masks side-file rows one by one exactly as maskDeep masks each (same personal-data rule, same pseudonyms), for the
 * lists written in full: a flat row is masked key by key without building a pattern of its identities (needed only
 * when its free text contains one, then maskDeep does it), and free text that masking leaves unchanged (hours, units)
 * is remembered so it is scanned once per file rather than once per row.
 */
export function flatRowMasker(m: Masker): (row: Row) => Row {
  const unchanged = new Set<string>();
  const text = (v: string): string => {
    if (unchanged.has(v)) return v;
    const out = m.text(v);
    if (out === v) unchanged.add(v);
    return out;
  };
  return (row) => {
    if (!isFlat(row)) return maskDeep(row, m);
    const ids = identitiesOf(row);
    const out: Row = {};
    for (const [k, v] of Object.entries(row)) {
      const kind = personalKeys[k];
      if (statedKeys.has(k) && typeof v === 'string') out[k] = v;
      else if (kind && typeof v === 'string') out[k] = m.byKind(v, kind);
      else if (kind && Array.isArray(v)) out[k] = v.map((s: string | null) => (s === null ? s : m.byKind(s, kind)));
      else if (typeof v === 'string' || Array.isArray(v)) {
        const texts: Array<string | null> = typeof v === 'string' ? [v] : v;
        if (ids.length > 0 && texts.some((s) => s !== null && ids.some((id) => s.includes(id)))) return maskDeep(row, m);
        out[k] = typeof v === 'string' ? text(v) : texts.map((s) => (s === null ? s : text(s)));
      } else out[k] = v;
    }
    return out;
  };
}
