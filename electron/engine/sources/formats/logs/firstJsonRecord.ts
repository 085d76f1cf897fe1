import { composeLogPrefixRegex } from './composeLogPrefix';
import { jsonShape } from './jsonShape';

/**
 * The first complete JSON record of a sniffed head, whatever the packing (NDJSON, also led by `docker compose logs`'
 * prefix, array, wrapper), or
 * null when the head does not start with one. Used by detectors, which must never read the whole file.
 */
export function firstJsonRecord(head: Buffer): Record<string, unknown> | null {
  return headJsonRecords(head, 1)[0] ?? null;
}

/**
 * The complete JSON records of a sniffed head (at most `max`), for detectors that judge a file by its records rather
 * than its first one (a Windows channel export mixes Security with Sysmon and PowerShell records).
 */
export function headJsonRecords(head: Buffer, max: number): Array<Record<string, unknown>> {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const shape = jsonShape(head);
  let start: number;
  if (shape.kind === 'lines' || shape.kind === 'objects') {
    start = text.search(/\S/);
    const prefix = composeLogPrefixRegex.exec(text.slice(Math.max(start, 0)));
    if (shape.kind === 'lines' && prefix && text[start + prefix[0].length] === '{') start += prefix[0].length;
  } else {
    const open = shape.kind === 'array' ? text.indexOf('[') : text.indexOf('[', text.indexOf(`"${shape.key.split('.').at(-1) ?? ''}"`));
    start = text.indexOf('{', open);
  }
  const records: Array<Record<string, unknown>> = [];
  if (start < 0 || text[start] !== '{') return records;
  while (records.length < max && start >= 0) {
    const end = objectEnd(text, start);
    if (end < 0) break;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (value === null || typeof value !== 'object' || Array.isArray(value)) break;
      records.push(value as Record<string, unknown>);
    } catch {
      break;
    }
    start = text.indexOf('{', end + 1);
  }
  return records;
}

/** Reads a dotted path (`a.b.c`) out of a parsed record. */
export function pathOf(record: Record<string, unknown> | null, dotted: string): unknown {
  let v: unknown = record;
  for (const k of dotted.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
