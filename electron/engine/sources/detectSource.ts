import fs from 'node:fs';
import path from 'node:path';
import type { DetectionDto, SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { fallbackLoader, loaderHead, loaders, pickDecoding } from './loaders';
import { readHead } from './readHead';
import { containerWrappingLabel } from './formats/logs/container/containerWrappingLabel';
import { knownTextRefusal, unrecognisedInput } from './unrecognisedInput';

/** Sniffs a file (read-only, first bytes only) and tells its format and mapping before anything is loaded. */
export async function detectSource(file: string, kind: SourceKind): Promise<DetectionDto> {
  const abs = path.resolve(file);
  const name = path.basename(abs);
  if (!fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) throw new UserError('not_found', `${abs}: no such file.`);
  const head = readHead(abs);
  const { loader: detected, transcode, wrapping } = pickDecoding(kind, head, abs);
  const known = detected ? null : knownTextRefusal(name, kind, head);
  if (known) throw known;
  const loader = detected ?? fallbackLoader(kind, head);
  if (!loader) throw unrecognisedInput(name, kind, head);
  const preview = (await loader.preview?.(loaderHead(loader, transcode ? transcode.head : head, wrapping), abs)) ?? { mapping: {} };
  return {
    path: abs,
    kind,
    format: loader.format,
    label: loader.label,
    mapping: Object.entries(preview.mapping).map(([field, takenFrom]) => ({ field, takenFrom })),
    choices: preview.choices ?? {},
    defaults: preview.defaults ?? {},
    notes: [
      ...(detected ? [] : [`${name} is not a format Breachdesk recognises as ${kind}: check the column for each field before loading.`]),
      ...(wrapping ? [`${name} is a container's output (${containerWrappingLabel(wrapping)}): each line is read as the service wrote it, the container's and the service's own lines skipped and counted.`] : []),
      ...(transcode ? [`${name} is ${transcode.encoding.toUpperCase()} text${transcode.gzip ? ' (gzip)' : ''}: it is read through a UTF-8 copy in the case's temp folder, the file itself untouched.`] : []),
      ...(preview.notes ?? []),
    ],
    formats: loaders.filter((l) => l.kind === kind).map((l) => ({ format: l.format, label: l.label })),
  };
}
