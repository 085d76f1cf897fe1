import { UserError } from '../../../../../shared/userError';
import { binaryRefusal } from '../../binaryFormat';
import type { LeakSniff } from './sniffLeak';

/** Refuses a file whose head is not text (a binary named .csv, a broken gzip) with a message naming the file, and the format when its magic bytes tell it. */
export function refuseBinary(sniff: LeakSniff, name: string, expected: string): void {
  if (sniff.gzip && sniff.text === '') throw new UserError('bad_input', `${name}: looks like gzip but does not inflate; expected gzip-compressed ${expected}.`);
  if (sniff.parquet) throw new UserError('bad_input', `${name}: is a Parquet file, not ${expected}; load it with the Parquet format.`);
  if (sniff.binary) throw new UserError('bad_input', binaryRefusal(name, sniff.binary, expected, sniff.gzip));
  if (sniff.binaryAt >= 0) {
    throw new UserError('bad_input', `${name}: holds binary data (a control character at offset ${sniff.binaryAt} of the text), so it is not ${expected}.`);
  }
}
