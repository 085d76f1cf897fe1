import type { SourceKind } from '../../../shared/api/sourcesApi';
import type { Loader } from './Loader';
import { leakLoaders } from './formats/leak/leakLoaders';
import { logLoaders } from './formats/logs/logLoaders';
import { looksLikeHeadedCsv, mappedCsv } from './formats/mapped/mappedCsv';
import { referenceTransferCsv } from './referenceTransferCsv';
import { inflatedHead } from './binaryFormat';
import { isGzip } from './verifyGzip';

/** Every input format the engine can load, most specific first; detection takes the first match. */
export const loaders: Loader[] = [...logLoaders, referenceTransferCsv, ...leakLoaders, mappedCsv('signin'), mappedCsv('transfer')];

/**
 * Picks the loader for a file of the given kind: the analyst's `format` override, else detection from its first bytes; a
 * gzip-compressed file nothing claims as it is is judged again by its inflated first bytes, among the loaders that read gzip.
 */
export function pickLoader(kind: SourceKind, head: Buffer, file: string, format?: string): Loader | undefined {
  if (format) return loaders.find((l) => l.kind === kind && l.format === format);
  const found = loaders.find((l) => l.kind === kind && l.detect(head, file));
  if (found || !isGzip(head)) return found;
  const text = inflatedHead(head);
  return loaders.find((l) => l.kind === kind && l.readsGzip === true && l.detect(text, file));
}

/** The first bytes a loader is given: inflated for a loader that reads gzip, as read otherwise. */
export function loaderHead(loader: Loader, head: Buffer): Buffer {
  return loader.readsGzip === true && isGzip(head) ? inflatedHead(head) : head;
}

/** The formats accepted for a kind, for error messages. */
export function formatsOf(kind: SourceKind): string[] {
  return loaders.filter((l) => l.kind === kind).map((l) => l.label);
}

/** The loader to offer when nothing matched: column mapping by the analyst, for a headed CSV of a log kind. */
export function fallbackLoader(kind: SourceKind, head: Buffer): Loader | undefined {
  if (kind === 'leak' || !looksLikeHeadedCsv(isGzip(head) ? inflatedHead(head) : head)) return undefined;
  return loaders.find((l) => l.format === `mapped-csv-${kind}`);
}
