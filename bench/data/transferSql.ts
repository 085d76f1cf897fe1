import { uniform } from './pick';

/** Users in the transfer log; with a one-year span, 10 M rows make about 8.7 M user-hours, as in the issue. */
export const transferUsers = 4000;
const spanUs = 365 * 24 * 3600 * 1_000_000;

/**
 * SELECT producing `timestamp,user_id,bytes_transferred` rows 0..n-1 in time order: log-uniform sizes
 * from 1 kB to 1 GB, and one row in 100 000 a 40 GB pull, so the z-score has something to find.
 */
export function transferSql(n: number): string {
  const step = Math.max(1, Math.floor(spanUs / n));
  return `SELECT strftime(TIMESTAMP '2025-01-01' + to_microseconds(i * ${step} + ${uniform(step, 'i', 1)}), '%Y-%m-%dT%H:%M:%SZ') AS "timestamp",
    'u' || lpad(${uniform(transferUsers, 'i', 2)}::VARCHAR, 5, '0') AS user_id,
    CASE WHEN ${uniform(100_000, 'i', 4)} = 0 THEN 40000000000
         ELSE exp(ln(1000) + ${uniform(1_000_000, 'i', 3)} / 1000000.0 * ln(1000000))::BIGINT END AS bytes_transferred
  FROM range(${n}) t(i)`;
}
