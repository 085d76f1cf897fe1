import { uniform } from './pick';
import { rowsOf } from './rowsOf';

/** How a transfer shape spreads its rows: users, span, the law of byte counts and an optional user holding a share of all rows. */
export interface TransferShape {
  users: number;
  spanDays: number;
  /** logUniform: 1 kB to 1 GB evenly on a log scale; pareto: Pareto with x_min 10 kB and alpha 1.1 (a few huge values). */
  bytes: 'logUniform' | 'pareto';
  /** Share of all rows written by user u00000 (the others share the rest evenly). */
  hotUserShare?: number;
}

/**
 * SELECT producing `timestamp,user_id,bytes_transferred` rows of part `part` (part 1 follows part 0 in time, the next
 * export of the same log), n rows in time order, and one row in 100 000 a 40 GB pull, so the z-score has something to find.
 */
export function transferSql(shape: TransferShape, n: number, part: number): string {
  const spanUs = shape.spanDays * 24 * 3600 * 1_000_000;
  const step = Math.max(1, Math.floor(spanUs / n));
  const others = `${uniform(shape.users, 'i', 2)}`;
  const user = shape.hotUserShare ? `CASE WHEN ${uniform(1000, 'i', 5)} < ${Math.round(shape.hotUserShare * 1000)} THEN 0 ELSE 1 + ${uniform(shape.users - 1, 'i', 2)} END` : others;
  const draw = `((${uniform(1_000_000_000, 'i', 3)} + 1) / 1000000000.0)`;
  const bytes = shape.bytes === 'pareto' ? `(10000 / pow(${draw}, 1 / 1.1))::BIGINT` : `exp(ln(1000) + ${draw} * ln(1000000))::BIGINT`;
  return `SELECT strftime(TIMESTAMP '2025-01-01' + to_microseconds(${part} * ${spanUs} + r * ${step} + ${uniform(step, 'i', 1)}), '%Y-%m-%dT%H:%M:%SZ') AS "timestamp",
    'u' || lpad((${user})::VARCHAR, 6, '0') AS user_id,
    CASE WHEN ${uniform(100_000, 'i', 4)} = 0 THEN 40000000000 ELSE ${bytes} END AS bytes_transferred
  FROM ${rowsOf(n, part)}`;
}
