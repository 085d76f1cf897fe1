/** DDL of the case tables holding the PII coverage of each leak source. */
export const coverageTables = `
CREATE TABLE IF NOT EXISTS coverage_source (
  source_id INTEGER NOT NULL,
  rows BIGINT NOT NULL,
  subjects BIGINT NOT NULL,
  subject_column VARCHAR,
  computed_at TIMESTAMPTZ NOT NULL,
  keyless BIGINT
);
CREATE TABLE IF NOT EXISTS coverage_field (
  source_id INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  column_name VARCHAR NOT NULL,
  data_class VARCHAR NOT NULL,
  hint_class VARCHAR,
  populated_count BIGINT NOT NULL,
  valid_count BIGINT NOT NULL,
  distinct_count BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS coverage_hash (
  source_id INTEGER NOT NULL,
  column_name VARCHAR NOT NULL,
  scheme VARCHAR NOT NULL,
  cost INTEGER,
  count BIGINT NOT NULL
);
`;
