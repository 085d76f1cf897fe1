import type { SourceKind } from '../../../shared/api/sourcesApi';
import type { Loader } from './Loader';
import { leakLoaders } from './formats/leak/leakLoaders';
import { logLoaders } from './formats/logs/logLoaders';
import { looksLikeHeadedCsv, mappedCsv } from './formats/mapped/mappedCsv';
import { referenceTransferCsv } from './referenceTransferCsv';
import { inflatedHead } from './binaryFormat';
import { isGzip } from './verifyGzip';
import { transcodedInputOf, type TranscodedInput } from './transcodedInput';
import { withoutUtf8Bom } from './withoutUtf8Bom';

/** Every input format the engine can load, most specific first; detection takes the first match. */
export const loaders: Loader[] = [...logLoaders, referenceTransferCsv, ...leakLoaders, mappedCsv('signin'), mappedCsv('transfer')];

/**
 * Picks the loader for a file of the given kind: the analyst's `format` override, else detection from its first bytes; a
 * gzip-compressed file nothing claims as it is is judged again by its inflated first bytes, among the loaders that read gzip.
 */
export function pickLoader(kind: SourceKind, head: Buffer, file: string, format?: string): Loader | undefined {
  if (format) return loaders.find((l) => l.kind === kind && l.format === format);
  const found = loaders.find((l) => l.kind === kind && l.detect(withoutUtf8Bom(head), file));
  if (found || !isGzip(head)) return found;
  const text = withoutUtf8Bom(inflatedHead(head));
  return loaders.find((l) => l.kind === kind && l.readsGzip === true && l.detect(text, file));
}

/** A log loader picked for an input in UTF-16 or Windows-1252, and the encoding to decode for it (null when it reads the file as it is). */
export interface PickedLog {
  loader: Loader | undefined;
  transcode: TranscodedInput | null;
}

/**
 * Picks the loader as pickLoader does, and for a sign-in or transfer input in UTF-16 (by its byte-order mark) or Windows-1252 (transcodedInputOf; inflated
 * first when gzip-compressed) that no loader reading UTF-16 itself claims, picks again on the head decoded to UTF-8: that loader then reads a UTF-8 copy.
 */
export function pickDecoding(kind: SourceKind, head: Buffer, file: string, format?: string): PickedLog {
  const picked = pickLoader(kind, head, file, format);
  const other = kind === 'leak' ? null : transcodedInputOf(head);
  if (!other || picked?.readsUtf16) return { loader: picked, transcode: null };
  const loader = pickLoader(kind, other.head, file, format);
  return { loader, transcode: loader ? other : null };
}

/** The first bytes a loader is given, as its detection saw them: inflated for a loader that reads gzip, without a UTF-8 byte-order mark. */
export function loaderHead(loader: Loader, head: Buffer): Buffer {
  return withoutUtf8Bom(loader.readsGzip === true && isGzip(head) ? inflatedHead(head) : head);
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
