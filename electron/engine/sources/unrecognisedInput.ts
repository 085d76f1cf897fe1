import type { SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { binaryFormat, binaryRefusal, inflatedHead } from './binaryFormat';
import { formatsOf } from './loaders';
import { textFormat } from './textFormat';
import { isGzip } from './verifyGzip';
import { looksLikeHeadedCsv } from './formats/mapped/mappedCsv';
import { fieldOption, guessMapping, mappedFields } from './formats/mapped/mappedFields';
import { mappingPresets } from './formats/mapped/mappingPresets';
import { presetForHeader } from './formats/mapped/presetForHeader';
import { csvHeader } from './formats/logs/csvHeader';
import { transcodedInputOf } from './transcodedInput';

/**
 * The refusal of a file no loader of `kind` recognised: a binary format (gzip-compressed or not), or a known text export
 * Breachdesk does not read, is named with what to do; a headed CSV holding every column of a built-in preset gets that
 * preset's `--map`, one whose header is all column names the `--map` it guesses (COLUMN where it found none); else the
 * formats accepted are listed.
 */
export function unrecognisedInput(name: string, kind: SourceKind, head: Buffer): UserError {
  const gzip = isGzip(head);
  const found = binaryFormat(gzip ? inflatedHead(head) : head);
  if (found) return new UserError('bad_input', binaryRefusal(name, found, `a ${kind} format Breachdesk reads`, gzip));
  const known = knownTextRefusal(name, kind, head);
  if (known) return known;
  const text = transcodedInputOf(head)?.head ?? (gzip ? inflatedHead(head) : head);
  const preset = kind === 'leak' ? null : presetForHeader(kind, text);
  if (preset) {
    return new UserError(
      'bad_input',
      `${name} line 1: not a recognised ${kind} format, but its header is that of a ${mappingPresets[preset]?.description ?? preset}: load it with --map ${preset} (or map its columns in the Sources screen).`,
    );
  }
  const mapping = kind === 'leak' ? null : suggestedMapping(kind, text);
  if (mapping?.missing.length === 0) {
    return new UserError(
      'bad_input',
      `${name} line 1: not a recognised ${kind} format, but its header reads like a ${kind} log with its own column names: check this guess and load it with --map ${mapping.map} (or map its columns in the Sources screen).`,
    );
  }
  // Labels hold "or" and commas of their own: one of a list separated by semicolons reads as the list it is.
  const expected = `${formatsOf(kind).join('; ')}.`;
  if (mapping) {
    return new UserError(
      'bad_input',
      `${name} line 1: not a recognised ${kind} format. Its first line reads as a header, but no column of it was recognised as ${mapping.missing.join(' or ')}: load it with --map ${mapping.map}, naming your column for each field (or map its columns in the Sources screen). The formats read without mapping: ${expected}`,
    );
  }
  return new UserError('bad_input', `${name} line 1: not a recognised ${kind} format; expected one of: ${expected}`);
}

/** A column name as exports write them (letters first, no '@', ':' or quote): a first line that is not one is data, never echoed. */
const columnName = /^[\p{L}_][\p{L}\p{N}_ .()/-]{0,63}$/u;

/**
 * The `--map` a headed CSV of `kind` would take, guessed from its header (mappedFields' hints), with `COLUMN` for each
 * required field no column was recognised as (named in `missing`), when every cell of the first line is shaped like a
 * column name (so a headerless file's first row, which may hold personal values, is never echoed); else null.
 */
function suggestedMapping(kind: Exclude<SourceKind, 'leak'>, head: Buffer): { map: string; missing: string[] } | null {
  if (!looksLikeHeadedCsv(head)) return null;
  const columns = csvHeader(head);
  if (!columns.every((c) => columnName.test(c.trim()) && !c.includes('@'))) return null;
  const guess = guessMapping(kind, columns);
  const fields = mappedFields[kind];
  const missing = fields.filter((f) => f.required && guess[fieldOption(f.field)] === undefined).map((f) => f.field);
  const map = fields.flatMap((f) => (guess[fieldOption(f.field)] === undefined ? (f.required ? [`${f.field}=COLUMN`] : []) : [`${f.field}=${guess[fieldOption(f.field)]}`])).join(',');
  return { map: /[^\w=,./-]/.test(map) ? `"${map}"` : map, missing };
}

/** The refusal of a text export Breachdesk knows and does not read (see textFormat), or null; checked before a headed CSV is offered for mapping. */
export function knownTextRefusal(name: string, kind: SourceKind, head: Buffer): UserError | null {
  const found = textFormat(isGzip(head) ? inflatedHead(head) : head);
  return found ? new UserError('bad_input', `${name} line 1: is ${found.what}. It is not a ${kind} format Breachdesk reads: ${found.advice}.`) : null;
}
