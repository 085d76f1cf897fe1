import { deepRowMasker } from '../privacy/deepRowMasker';
import { flatRowMasker } from '../privacy/flatRowMasker';
import type { Masker } from '../privacy/Masker';
import { personalKeys, statedKeys } from '../privacy/personalRule';
import { csvCell, csvLine } from '../report/tables/csvCell';

type Row = Record<string, unknown>;

/** A value flatRowMasker masks without walking into it: a scalar, or a list of strings. */
function isFlatValue(v: unknown): boolean {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return true;
  return Array.isArray(v) && v.every((s) => typeof s === 'string' || s === null);
}

/**
 * Turns rows of a side file (values in `columns` order) into CSV lines masked exactly as flatRowMasker masks each row
 * (`masker` null: written as they are), for lists of hundreds of thousands of rows: each distinct value under a personal
 * key is masked and quoted once per file, free text that masking leaves unchanged is remembered, and a row that is not
 * flat or whose free text names one of its identities goes through deepRowMasker (maskDeep's rule, its plain texts
 * scanned once per file).
 */
export function maskedCsvLines(columns: string[], masker: Masker | null): (row: unknown[]) => string {
  if (!masker) return csvLine;
  const m = masker;
  const slow = flatRowMasker(m);
  const deep = deepRowMasker(m);
  const kinds = columns.map((k) => personalKeys[k]);
  const stated = columns.map((k) => statedKeys.has(k));
  const identityColumns = kinds.flatMap((kind, i) => (kind === 'identity' ? [i] : []));
  const personalCells = columns.map(() => new Map<string, string>());
  const unchangedCells = new Map<string, string>();
  const slowLine = (row: unknown[]) => {
    const whole = Object.fromEntries(columns.map((k, i) => [k, row[i]])) as Row;
    const masked = deep(whole) ?? slow(whole);
    return csvLine(columns.map((k) => masked[k]));
  };
  const text = (v: string): string => {
    const cell = unchangedCells.get(v);
    if (cell !== undefined) return v;
    const out = m.text(v);
    if (out === v) unchangedCells.set(v, csvCell(v));
    return out;
  };
  return (row) => {
    if (!row.every(isFlatValue)) return slowLine(row);
    const ids: string[] = [];
    for (const i of identityColumns) {
      const v = row[i];
      if (typeof v === 'string') {
        if (v.length >= 3) ids.push(v);
      } else if (Array.isArray(v)) for (const s of v) if (typeof s === 'string' && s.length >= 3) ids.push(s);
    }
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const v = row[i];
      const kind = kinds[i];
      let cell: string;
      if (typeof v === 'number') cell = String(v);
      else if (stated[i] && typeof v === 'string') cell = csvCell(v);
      else if (kind && typeof v === 'string') {
        const seen = personalCells[i] as Map<string, string>;
        const known = seen.get(v);
        cell = known ?? csvCell(m.byKind(v, kind));
        if (known === undefined) seen.set(v, cell);
      } else if (kind && Array.isArray(v)) cell = csvCell(v.map((s: string | null) => (s === null ? s : m.byKind(s, kind))));
      else if (typeof v === 'string' || Array.isArray(v)) {
        const texts: Array<string | null> = typeof v === 'string' ? [v] : v;
        if (ids.length > 0 && texts.some((s) => s !== null && ids.some((id) => s.includes(id)))) return slowLine(row);
        if (typeof v === 'string') cell = unchangedCells.get(v) ?? csvCell(text(v));
        else cell = csvCell(texts.map((s) => (s === null ? s : text(s))));
      } else cell = csvCell(v);
      line += i === 0 ? cell : `,${cell}`;
    }
    return `${line}\r\n`;
  };
}
