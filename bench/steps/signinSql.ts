import { sqlString } from '../../electron/engine/sql/sqlString';

/** The reference failure codes and threshold of the login-spike rule (docs/design.md §1). */
const referenceCodes = `('50126', '50053', '50055', '50056')`;

/** Plain-DuckDB SQL over the sign-in CSV and the table loaded from it, the reference for the engine's steps. */
export const signinSql = {
  /** The sign-in CSV read with DuckDB's own sniffer, mapped to the canonical columns a plain user would keep. */
  load: (file: string) => `CREATE TABLE signin AS SELECT "TimeGenerated [UTC]"::TIMESTAMPTZ AS ts, UserPrincipalName AS "user", IPAddress AS ip,
      ResultType::VARCHAR AS result_code, ResultType = 0 AS success, AppDisplayName AS app, UserAgent AS user_agent
    FROM read_csv(${sqlString(file)}, header = true)`,
  /** The reference rule: failed sign-ins per (ip, user, 5-minute epoch bin), kept where count > 5. */
  referenceSpikes: `SELECT ip, "user", time_bucket(INTERVAL 5 MINUTE, ts, TIMESTAMPTZ '1970-01-01 00:00:00+00') AS bin, count(*) AS failed
    FROM signin WHERE result_code IN ${referenceCodes} GROUP BY ALL HAVING count(*) > 5`,
  /** The sign-ins-over-time chart straight from the rows: failed and successful per 5-minute bin. */
  series: `SELECT time_bucket(INTERVAL 5 MINUTE, ts) AS b, count(*) FILTER (WHERE NOT success) AS failed, count(*) FILTER (WHERE success) AS ok
    FROM signin GROUP BY b ORDER BY b`,
  /** Top sources by failures straight from the rows. */
  topSources: `SELECT ip, count(*) FILTER (WHERE NOT success) AS failed, count(DISTINCT "user") FILTER (WHERE NOT success) AS accounts
    FROM signin GROUP BY ip ORDER BY failed DESC LIMIT 20`,
};
