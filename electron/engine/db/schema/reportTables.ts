/** DDL of the case tables behind reports: the analyst's statements and the versions written. */
export const reportTables = `
CREATE TABLE IF NOT EXISTS report_meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS report_version (
  version INTEGER PRIMARY KEY,
  written_at TIMESTAMPTZ NOT NULL,
  format VARCHAR NOT NULL,
  out_path VARCHAR NOT NULL,
  include_personal BOOLEAN NOT NULL,
  evidence_intact BOOLEAN NOT NULL,
  sha256 VARCHAR
);
`;
