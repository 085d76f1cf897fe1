import type { SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { binaryFormat, binaryRefusal, inflatedHead } from './binaryFormat';
import { formatsOf } from './loaders';
import { isGzip } from './verifyGzip';

/** The refusal of a file no loader of `kind` recognised: a binary format (gzip-compressed or not) is named with what to do, else the formats accepted are listed. */
export function unrecognisedInput(name: string, kind: SourceKind, head: Buffer): UserError {
  const gzip = isGzip(head);
  const found = binaryFormat(gzip ? inflatedHead(head) : head);
  if (found) return new UserError('bad_input', binaryRefusal(name, found, `a ${kind} format Breachdesk reads`, gzip));
  return new UserError('bad_input', `${name} line 1: not a recognised ${kind} format; expected ${formatsOf(kind).join(' or ')}.`);
}
