/** DDL of the complete member tables of the findings (one row per account or source of a finding), unchanged since version 2. */
export const findingMemberTable = `
CREATE TABLE IF NOT EXISTS finding_member (
  finding_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  "user" VARCHAR,
  ip VARCHAR,
  attempts BIGINT NOT NULL,
  peers BIGINT NOT NULL,
  outcome VARCHAR,
  leaked BOOLEAN,
  asn VARCHAR,
  country VARCHAR,
  range_label VARCHAR,
  first_ts TIMESTAMPTZ,
  last_ts TIMESTAMPTZ
);
`;

/**
 * DDL of the stored findings, the SQL and parameters that produced them (`finding_query`, each distinct pair once, named
 * by `finding.query_key`: a detector's thousands of findings share one statement of kilobytes), and their complete
 * member tables (`finding_member`, one row per account or source of a finding).
 */
export const findingTables = `
CREATE TABLE IF NOT EXISTS finding (
  id VARCHAR NOT NULL,
  seq INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  ips VARCHAR[] NOT NULL,
  users VARCHAR[] NOT NULL,
  start_ts TIMESTAMPTZ,
  end_ts TIMESTAMPTZ,
  summary VARCHAR NOT NULL,
  evidence JSON NOT NULL,
  status VARCHAR NOT NULL DEFAULT 'new',
  note VARCHAR,
  updated_at TIMESTAMPTZ NOT NULL,
  query_key VARCHAR
);
CREATE TABLE IF NOT EXISTS finding_query (
  key VARCHAR NOT NULL,
  sql VARCHAR NOT NULL,
  params JSON NOT NULL
);
${findingMemberTable}`;

/** The key of a finding's SQL and parameters in `finding_query`, spelt in SQL over the two texts (the upgrade and the detectors' run key alike). */
export function findingQueryKeySql(sql: string, params: string): string {
  return `md5(${sql} || chr(0) || ${params})`;
}
