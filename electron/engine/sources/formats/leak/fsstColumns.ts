import type { DelimitedShape } from './sniffDelimited';
import { splitRecords } from './splitRecords';

/** Above this share of distinct values among the head's records a column is stored with FSST outright. */
const manyValuedShare = 0.25;

/** Fewer head records than this say too little: every column is left to DuckDB. */
const fewestRecords = 20;

/**
 * Which columns of a delimited leak to store with FSST outright, from the records of its head: those holding many
 * distinct values there (one per person: e-mails, hashes, phones, dates). Left to choose, DuckDB weighs a dictionary for
 * every segment of such a column, a large share of the copy's work for a table no smaller; columns with few values
 * (titles, cities) keep their dictionary, which also makes grouping them by value cheap. A speed choice only: the values
 * stored are the same either way.
 */
export function fsstColumns(text: string, shape: DelimitedShape): boolean[] {
  const records = splitRecords(text, shape.delim)
    .slice(shape.header ? 1 : 0)
    .filter((r) => r.length === shape.columns);
  if (records.length < fewestRecords) return Array.from({ length: shape.columns }, () => false);
  return Array.from({ length: shape.columns }, (_, i) => new Set(records.map((r) => r[i])).size > records.length * manyValuedShare);
}
