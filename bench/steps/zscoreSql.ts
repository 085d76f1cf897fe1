/** Plain-DuckDB reference z-score SQL over a table or scan with columns ts (TIMESTAMPTZ), user_id, bytes. */
export const zscoreSql = {
  /** The naive form: one aggregation, then mean and stddev as windows over every user-hour. */
  window: (from: string) => `SELECT user_id, hour, x, z FROM (
      SELECT user_id, hour, x, abs(x - avg(x) OVER ()) / stddev_samp(x) OVER () AS z
      FROM (SELECT user_id, date_trunc('hour', ts) AS hour, sum(bytes)::DOUBLE AS x FROM ${from} GROUP BY ALL))
    WHERE z > 3`,
  /** Two passes: aggregate user-hours once, compute the global statistics, then filter with a join. */
  twoPass: (from: string) => `WITH h AS MATERIALIZED (SELECT user_id, date_trunc('hour', ts) AS hour, sum(bytes)::DOUBLE AS x FROM ${from} GROUP BY ALL),
      s AS (SELECT avg(x) AS mean, stddev_samp(x) AS sd FROM h)
    SELECT user_id, hour, x, abs(x - mean) / sd AS z FROM h, s WHERE abs(x - mean) / sd > 3`,
};

/** A read_csv scan of the reference transfer CSV with typed columns, named like the loaded table. */
export function transferScan(file: string): string {
  return `(SELECT "timestamp"::TIMESTAMPTZ AS ts, user_id, bytes_transferred AS bytes
    FROM read_csv('${file.replaceAll("'", "''")}', header = true, columns = {'timestamp': 'VARCHAR', 'user_id': 'VARCHAR', 'bytes_transferred': 'BIGINT'}))`;
}
