import type { SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { binaryFormat, binaryRefusal } from './binaryFormat';
import { formatsOf } from './loaders';

/** The refusal of a file no loader of `kind` recognised: a binary format is named with what to do, else the formats accepted are listed. */
export function unrecognisedInput(name: string, kind: SourceKind, head: Buffer): UserError {
  const found = binaryFormat(head);
  if (found) return new UserError('bad_input', binaryRefusal(name, found, `a ${kind} format Breachdesk reads`));
  return new UserError('bad_input', `${name} line 1: not a recognised ${kind} format; expected ${formatsOf(kind).join(' or ')}.`);
}
