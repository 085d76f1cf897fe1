import { accountEventTables } from './accountEventTables';
import { analystListTables } from './analystListTables';
import { coreTables } from './coreTables';
import { coverageTables } from './coverageTables';
import { findingTables } from './findingTables';
import { internalTables } from './internalTables';
import { reportTables } from './reportTables';

/** Version of the case schema this build writes and reads; a case records its own in `case_meta.schema_version`. */
export const caseSchemaVersion = 8;

/**
 * DDL of every fixed table, view, sequence and schema of a case at `caseSchemaVersion` (docs/design.md §3), run once
 * when a case is created. Tables whose rows (or columns) come from the data are built by their loaders: `leak_<id>`,
 * the `rollup.*` tables, `source_intel` with its view `known_source`, and the `intel` range tables.
 */
export const caseSchema = [coreTables, accountEventTables, analystListTables, findingTables, coverageTables, reportTables, internalTables].join('');
