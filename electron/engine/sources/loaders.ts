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
import { containerWrappingOf, type ContainerWrapping } from './formats/logs/container/ContainerWrapping';
import { unwrapContainerHead } from './formats/logs/container/unwrapContainerHead';

/** Every input format the engine can load, most specific first; detection takes the first match. */
export const loaders: Loader[] = [...logLoaders, referenceTransferCsv, ...leakLoaders, mappedCsv('signin'), mappedCsv('transfer')];

/** A loader picked for a file, and the container wrapping it reads the file's lines through (null when it reads them as they are). */
export interface Picked {
  loader: Loader | undefined;
  wrapping: ContainerWrapping | null;
}

/**
 * Picks the loader for a file of the given kind: the analyst's `format` override, else detection from its first bytes; a
 * gzip-compressed file nothing claims as it is is judged again by its inflated first bytes, among the loaders that read gzip;
 * a container's output nothing claims as it is (ContainerWrapping) by its unwrapped first lines, among the loaders that read
 * container logs. A forced format reads a container's output unwrapped when it does not claim it as it is.
 */
export function pickLoader(kind: SourceKind, head: Buffer, file: string, format?: string): Picked {
  const raw = withoutUtf8Bom(head);
  const text = isGzip(head) ? withoutUtf8Bom(inflatedHead(head)) : raw;
  if (format) {
    const forced = loaders.find((l) => l.kind === kind && l.format === format);
    const wrapping = forced?.readsContainerLogs && !forced.detect(loaderHead(forced, head), file) ? containerWrappingOf(text) : null;
    return { loader: forced, wrapping };
  }
  const found = loaders.find((l) => l.kind === kind && l.detect(raw, file)) ?? (isGzip(head) ? loaders.find((l) => l.kind === kind && l.readsGzip === true && l.detect(text, file)) : undefined);
  if (found) return { loader: found, wrapping: null };
  const wrapping = containerWrappingOf(text);
  if (!wrapping) return { loader: undefined, wrapping: null };
  const inner = unwrapContainerHead(text, wrapping);
  const loader = loaders.find((l) => l.kind === kind && l.readsContainerLogs === true && (l.readsGzip === true || !isGzip(head)) && l.detect(inner, file));
  return { loader, wrapping: loader ? wrapping : null };
}

/** A log loader picked for an input in UTF-16 or Windows-1252, and the encoding to decode for it (null when it reads the file as it is). */
export interface PickedLog extends Picked {
  transcode: TranscodedInput | null;
}

/**
 * Picks the loader as pickLoader does, and for a sign-in or transfer input in UTF-16 (by its byte-order mark) or Windows-1252 (transcodedInputOf; inflated
 * first when gzip-compressed) that no loader reading UTF-16 itself claims, picks again on the head decoded to UTF-8: that loader then reads a UTF-8 copy.
 */
export function pickDecoding(kind: SourceKind, head: Buffer, file: string, format?: string): PickedLog {
  const picked = pickLoader(kind, head, file, format);
  const other = kind === 'leak' ? null : transcodedInputOf(head);
  if (!other || picked.loader?.readsUtf16) return { ...picked, transcode: null };
  const decoded = pickLoader(kind, other.head, file, format);
  return { ...decoded, transcode: decoded.loader ? other : null };
}

/** The first bytes a loader is given, as its detection saw them: inflated for a loader that reads gzip, without a UTF-8 byte-order mark; unwrapped from a container's output. */
export function loaderHead(loader: Loader, head: Buffer, wrapping: ContainerWrapping | null = null): Buffer {
  const text = withoutUtf8Bom(loader.readsGzip === true && isGzip(head) ? inflatedHead(head) : head);
  return wrapping ? unwrapContainerHead(text, wrapping) : text;
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
