import { leakSql } from './leakSql';
import { signinSql } from './signinSql';
import { transferSql, type TransferShape } from './transferSql';

/** One generated input shape: the kind of source it is, what it looks like, and the SELECT that writes n rows of a part. */
export interface Shape {
  name: string;
  kind: 'transfer' | 'signin' | 'leak';
  /** One line naming the shape in the results. */
  title: string;
  delimiter: string;
  sql(rows: number, part: number): string;
}

const transfer = (name: string, title: string, shape: TransferShape): Shape => ({ name, kind: 'transfer', title, delimiter: ',', sql: (n, part) => transferSql(shape, n, part) });
const signin = (name: string, accounts: number): Shape => ({
  name,
  kind: 'signin',
  title: `Entra sign-ins by ${accounts.toLocaleString('en')} accounts over 30 days, with brute force and spray`,
  delimiter: ',',
  sql: (n, part) => signinSql(accounts, n, part),
});

/** The transfer shapes target 1 is judged on, each a way real logs differ from the one the engine was first tuned on. */
export const transferShapes: Shape[] = [
  transfer('heavyYear', 'few heavy users over a year: 4 000 users, 365 days, log-uniform bytes', { users: 4000, spanDays: 365, bytes: 'logUniform' }),
  transfer('lightMonth', '50 000 light users over a month: 30 days, log-uniform bytes', { users: 50_000, spanDays: 30, bytes: 'logUniform' }),
  transfer('heavyTail', 'heavy-tailed bytes: 50 000 users over 30 days, Pareto bytes (x_min 10 kB, alpha 1.1)', { users: 50_000, spanDays: 30, bytes: 'pareto' }),
  transfer('oneUser30', 'one user holding 30 % of the rows: 10 000 users over 30 days, log-uniform bytes', { users: 10_000, spanDays: 30, bytes: 'logUniform', hotUserShare: 0.3 }),
];

/** The sign-in shapes target 2 is judged on. */
export const signinShapes: Shape[] = [signin('signin10k', 10_000), signin('signin500k', 500_000)];

/** The retailer leak (French headers, `;`-separated), the shape of the 38 M-row leak. */
export const leakShape: Shape = {
  name: 'leak',
  kind: 'leak',
  title: 'retailer customer leak: 11 columns, French headers, bcrypt/MD5 hashes, encrypted phones',
  delimiter: ';',
  sql: (n) => leakSql(n),
};

/** Every shape by name. */
export const shapes: Record<string, Shape> = Object.fromEntries([...transferShapes, ...signinShapes, leakShape].map((s) => [s.name, s]));
