import { UserError } from '../../../shared/userError';

/**
 * Runs a detector whose user-hour statistics are exact 128-bit sums, turning DuckDB's overflow of them (n·Σx² past
 * 2^127: from about 4 PB in one user-hour among 8.7 M) into an error that says what in the data causes it.
 */
export async function explainStatsOverflow<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const message = (e as Error).message;
    if (!/Out of Range Error: Overflow in \w+ of (INT128|HUGEINT)/i.test(message)) throw e;
    throw new UserError(
      'bad_input',
      'The user-hour byte sums are too large for exact statistics (n·Σx² passes 2^127, from about 4 PB in one user-hour ' +
        'among millions): a bytes column likely holds a wrong unit or corrupt values. Sort the transfer table by bytes in ' +
        `the Data view to find them. (DuckDB: ${message.split('\n')[0]})`,
    );
  }
}
