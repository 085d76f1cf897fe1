/** DDL of the evidence tables every case has had since version 1: identity, sources, rejects, the normalised logs, the audit trail. */
export const coreTables = `
CREATE SEQUENCE IF NOT EXISTS source_id_seq START 1;
CREATE TABLE IF NOT EXISTS case_meta (
  id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  schema_version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
  id INTEGER PRIMARY KEY DEFAULT nextval('source_id_seq'),
  kind VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  size BIGINT NOT NULL,
  format VARCHAR NOT NULL,
  mapping JSON,
  rows_loaded BIGINT NOT NULL DEFAULT 0,
  rows_rejected BIGINT NOT NULL DEFAULT 0,
  ingested_at TIMESTAMPTZ NOT NULL,
  status VARCHAR NOT NULL,
  message VARCHAR
);
CREATE TABLE IF NOT EXISTS rejects (
  source_id INTEGER NOT NULL,
  line BIGINT NOT NULL,
  column_name VARCHAR,
  reason VARCHAR NOT NULL,
  raw VARCHAR
);
CREATE TABLE IF NOT EXISTS transfer (
  ts TIMESTAMPTZ NOT NULL,
  "user" VARCHAR,
  bytes BIGINT,
  action VARCHAR,
  object VARCHAR,
  ip VARCHAR,
  source_id INTEGER NOT NULL,
  raw_ref BIGINT
);
CREATE TABLE IF NOT EXISTS signin (
  ts TIMESTAMPTZ NOT NULL,
  "user" VARCHAR,
  ip VARCHAR,
  success BOOLEAN,
  failure_reason VARCHAR,
  result_code VARCHAR,
  app VARCHAR,
  user_agent VARCHAR,
  country VARCHAR,
  asn VARCHAR,
  source_id INTEGER NOT NULL,
  raw_ref BIGINT
);
CREATE TABLE IF NOT EXISTS audit (
  at_ts TIMESTAMPTZ NOT NULL,
  actor VARCHAR NOT NULL,
  action VARCHAR NOT NULL,
  detail JSON
);
`;

