/**
 * DDL of the case's schemas outside `main`, which the Data view never lists: `rollup` (derived tables, built by their
 * loaders with columns that follow the data, and `derived_state`: which raw rows each set was built from), `intel` (which shipped IP dataset versions the case holds, and what
 * `source_intel` was built from; the range tables themselves are loaded from the package files), `privacy` (the
 * pseudonym key, out of reach of every data view, export and Api method).
 */
export const internalTables = `
CREATE SCHEMA IF NOT EXISTS rollup;
CREATE TABLE IF NOT EXISTS rollup.derived_state (name VARCHAR NOT NULL, base_rows BIGINT NOT NULL, sources INTEGER[] NOT NULL);
CREATE SCHEMA IF NOT EXISTS intel;
CREATE TABLE IF NOT EXISTS intel.dataset (
  role VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  version VARCHAR NOT NULL,
  data_date VARCHAR NOT NULL,
  licence VARCHAR NOT NULL,
  attribution VARCHAR NOT NULL,
  ranges BIGINT NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS intel.source_intel_state (state VARCHAR NOT NULL);
CREATE SCHEMA IF NOT EXISTS privacy;
CREATE TABLE IF NOT EXISTS privacy.mask_key (key VARCHAR NOT NULL);
`;
