import { sqlString } from '../../electron/engine/sql/sqlString';

/** The reference z-score in plain SQL over a table `userHour("user", hour, x)`: |x − mean| / sample sd over all user-hours, kept where > zLimit. */
export function zscoreSql(userHour: string, zLimit: number): string {
  return `WITH s AS (SELECT avg(x) AS mean, stddev_samp(x) AS sd FROM ${userHour})
    SELECT "user", hour, x, abs(x - mean) / sd AS z FROM ${userHour}, s WHERE abs(x - mean) / sd > ${zLimit}`;
}

/** A read_csv scan of the reference transfer CSV with typed columns, named like the engine's table. */
export function transferScan(file: string): string {
  return `(SELECT "timestamp"::TIMESTAMPTZ AS ts, user_id AS "user", bytes_transferred AS bytes
    FROM read_csv(${sqlString(file)}, header = true, columns = {'timestamp': 'VARCHAR', 'user_id': 'VARCHAR', 'bytes_transferred': 'BIGINT'}))`;
}
