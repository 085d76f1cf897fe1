/** DDL of the stored findings and their complete member tables (`finding_member`, one row per account or source of a finding). */
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
  sql VARCHAR NOT NULL,
  params JSON NOT NULL,
  status VARCHAR NOT NULL DEFAULT 'new',
  note VARCHAR,
  updated_at TIMESTAMPTZ NOT NULL
);
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
