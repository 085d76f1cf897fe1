import { accountEventTables } from './accountEventTables';
import { analystListTables } from './analystListTables';
import { findingMemberTable, findingQueryKeySql, findingTables } from './findingTables';
import { internalTables } from './internalTables';
import { reportTables } from './reportTables';

/** One step of the upgrade path: SQL that brings a case at version `to - 1` to version `to`. */
export interface SchemaUpgrade {
  to: number;
  sql: string;
}

/** The coverage tables as version 2 created them (version 5 added coverage_source.keyless). */
const coverageTablesV2 = `
CREATE TABLE IF NOT EXISTS coverage_source (
  source_id INTEGER NOT NULL,
  rows BIGINT NOT NULL,
  subjects BIGINT NOT NULL,
  subject_column VARCHAR,
  computed_at TIMESTAMPTZ NOT NULL
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

/** The finding tables as version 2 created them (version 7 moved each finding's SQL and parameters to finding_query). */
export const findingTablesV2 = `
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
${findingMemberTable}`;

/** Sign-in rollups that cases of early version 1 builds kept in `main` (so the Data view listed them); `rollup.*` replaced them. */
const legacyMainRollups = ['signin_rollup_5m', 'signin_rollup_1m', 'signin_source_totals', 'signin_account_totals', 'signin_by_ip', 'signin_by_user'];

/**
 * The upgrade path, in version order: opening a case runs every step above its recorded version, in the open's
 * transaction. A step reuses a table's DDL from this module only while that DDL is the shape the step created: a
 * change to a table is a new step (ALTER …), and the older steps that create it get the old text copied in.
 */
export const schemaUpgrades: SchemaUpgrade[] = [
  {
    // Version 1 created these tables on first use (or, for older builds, not at all); version 2 has them from the start.
    to: 2,
    sql: [
      analystListTables,
      findingTablesV2,
      coverageTablesV2,
      reportTables,
      internalTables,
      ...legacyMainRollups.map((t) => `DROP TABLE IF EXISTS main.${t};\n`),
    ].join(''),
  },
  {
    // Version 3 keeps the entity-ordered sign-in copies by id (rollup.signin_ids_by_ip/_user) and no failed-only copy:
    // the string copies go, and the sign-in rollups are marked not current, so readers use plain SQL until the next ingest rebuilds them.
    to: 3,
    sql: [
      `DELETE FROM rollup.derived_state WHERE name = 'signin';\n`,
      ...['signin_by_ip', 'signin_by_user', 'signin_failed'].map((t) => `DROP TABLE IF EXISTS rollup.${t};\n`),
    ].join(''),
  },
  {
    // Version 4 keeps the exact sums (s1 = Σx, s2 = Σx²) beside the transfer user-hour statistics, so a new source grows
    // them instead of a re-read of every user-hour: the transfer rollups are marked not current until the next ingest rebuilds them.
    to: 4,
    sql: `DELETE FROM rollup.derived_state WHERE name = 'transfer';\n`,
  },
  {
    // Version 5 counts the records without a value in the subject key (one data subject each, added to the distinct
    // keys); a coverage computed before stays as it was, its keyless count unknown (NULL) until recomputed.
    to: 5,
    sql: `ALTER TABLE coverage_source ADD COLUMN IF NOT EXISTS keyless BIGINT;\n`,
  },
  {
    // Version 6 counts a sign-in of unknown outcome on its own (rollup column \`unknown\`), where the rollups counted it
    // as failed: the sign-in rollups are marked not current, so readers use plain SQL until the next ingest rebuilds them.
    to: 6,
    sql: `DELETE FROM rollup.derived_state WHERE name = 'signin';\n`,
  },
  {
    // Version 7 keeps each distinct SQL and parameters of the findings once, in finding_query, named by finding.query_key:
    // every finding of a detector's run carried the same statement of kilobytes (39 MB for 11 554 bulk exports). The
    // table is rebuilt from a copy (DuckDB refuses to commit an ALTER and an UPDATE of one table in one transaction).
    to: 7,
    sql: `CREATE TEMP TABLE finding_v6 AS SELECT * FROM finding;
DROP TABLE finding;
${findingTables}
INSERT INTO finding_query SELECT DISTINCT ${findingQueryKeySql('sql', 'params::VARCHAR')}, sql, params FROM finding_v6;
INSERT INTO finding (id, seq, kind, severity, ips, users, start_ts, end_ts, summary, evidence, status, note, updated_at, query_key)
  SELECT id, seq, kind, severity, ips, users, start_ts, end_ts, summary, evidence, status, note, updated_at, ${findingQueryKeySql('sql', 'params::VARCHAR')} FROM finding_v6;
DROP TABLE finding_v6;
`,
  },
  {
    // Version 8 keeps what a directory logged about an account besides its sign-ins (password changes and resets,
    // lockouts, unlocks) in account_event; a case loaded before has none until its sources are loaded again.
    to: 8,
    sql: accountEventTables,
  },
];
