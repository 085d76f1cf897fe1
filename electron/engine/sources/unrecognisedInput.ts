import type { SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { binaryFormat, binaryRefusal, inflatedHead } from './binaryFormat';
import { formatsOf } from './loaders';
import { textFormat } from './textFormat';
import { isGzip } from './verifyGzip';

/**
 * The refusal of a file no loader of `kind` recognised: a binary format (gzip-compressed or not), or a known text export
 * Breachdesk does not read, is named with what to do; else the formats accepted are listed.
 */
export function unrecognisedInput(name: string, kind: SourceKind, head: Buffer): UserError {
  const gzip = isGzip(head);
  const found = binaryFormat(gzip ? inflatedHead(head) : head);
  if (found) return new UserError('bad_input', binaryRefusal(name, found, `a ${kind} format Breachdesk reads`, gzip));
  return knownTextRefusal(name, kind, head) ?? new UserError('bad_input', `${name} line 1: not a recognised ${kind} format; expected ${formatsOf(kind).join(' or ')}.`);
}

/** The refusal of a text export Breachdesk knows and does not read (see textFormat), or null; checked before a headed CSV is offered for mapping. */
export function knownTextRefusal(name: string, kind: SourceKind, head: Buffer): UserError | null {
  const found = textFormat(isGzip(head) ? inflatedHead(head) : head);
  return found ? new UserError('bad_input', `${name} line 1: is ${found.what}. It is not a ${kind} format Breachdesk reads: ${found.advice}.`) : null;
}
