import { UserError } from '../../../shared/userError';
import { formatRejects } from './formatRejects';
import { MalformedRowsError } from './MalformedRowsError';
import type { LoadOutcome } from './Loader';

/**
 * Malformed rows a file may hold whatever its size before the share rule applies: a share alone refused a 14-line
 * file for two odd lines, losing its 12 good ones.
 */
export const rejectFloor = 10;

/** How an analyst loads a refused file's good rows anyway, said in every refusal. */
export const loadAnywayHint =
  'To load the good rows anyway (the malformed ones are kept as rejects with their line and reason), raise the allowed share: ' +
  '"Load the good rows anyway" in the workbench, --max-reject-share 1 on the command line, maxRejectShare in the Api, or choose the format yourself (--format, --map) if it was misdetected.';

/**
 * Refuses a load with no rows at all, with malformed rows only, or with more malformed rows than
 * max(maxRejectShare × rows, rejectFloor), listing the first rejects. A share of 0 allows none, 1 allows all.
 */
export function refuseMalformed(name: string, outcome: LoadOutcome, maxRejectShare: number): void {
  const total = outcome.rowsLoaded + outcome.rowsRejected;
  if (total === 0) throw new UserError('bad_input', `${name}: no data rows after the header; nothing to load.`);
  const allowed = maxRejectShare <= 0 ? 0 : Math.max(Math.floor(maxRejectShare * total), maxRejectShare >= 1 ? total : rejectFloor);
  const noneGood = outcome.rowsLoaded === 0 && maxRejectShare < 1;
  if (noneGood || outcome.rowsRejected > allowed) {
    const why = noneGood
      ? `all ${total} rows are malformed`
      : `${outcome.rowsRejected} of ${total} rows are malformed (more than ${allowed} allowed: ${(maxRejectShare * 100).toFixed(1)}% of the rows${maxRejectShare > 0 ? `, at least ${rejectFloor}` : ''})`;
    throw new MalformedRowsError(`${name}: ${why}, so the file was not loaded. ${loadAnywayHint}\n${formatRejects(name, outcome.rejects)}`, outcome.rowsLoaded, outcome.rowsRejected);
  }
}
