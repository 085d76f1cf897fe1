import { leakSql } from './leakSql';
import { signinSql } from './signinSql';
import { transferSql } from './transferSql';

/** One generated input: the SELECT that makes its rows and how it is written to disk. */
export interface Dataset {
  name: 'transfer' | 'signin' | 'leak';
  sql(rows: number): string;
  delimiter: string;
}

/** The three inputs of the bench. */
export const datasets: Record<Dataset['name'], Dataset> = {
  transfer: { name: 'transfer', sql: transferSql, delimiter: ',' },
  signin: { name: 'signin', sql: signinSql, delimiter: ',' },
  leak: { name: 'leak', sql: leakSql, delimiter: ';' },
};
