import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../shared/userError';
import { appendAudit } from '../../case/appendAudit';
import { queryOne } from '../../sql/queryRows';
import { caseSchema, caseSchemaVersion } from './caseSchema';
import { schemaUpgrades } from './schemaUpgrades';

/** What opening did to the case's schema: created it, upgraded it from an older version, or found it current. */
export type SchemaOutcome = { action: 'created' } | { action: 'upgraded'; from: number } | { action: 'current' };

/**
 * The schema version a case records: null for a new (empty) database, 1 for a case_meta without its row (version 1
 * builds created the table and wrote the row in two statements).
 */
async function recordedVersion(c: DuckDBConnection): Promise<{ version: number | null; hasRow: boolean }> {
  const { tables } = await queryOne<{ tables: number }>(
    c,
    `SELECT count(*)::INTEGER AS tables FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'case_meta'`,
  );
  if (tables === 0) return { version: null, hasRow: false };
  const { version } = await queryOne<{ version: number | null }>(c, `SELECT max(schema_version)::INTEGER AS version FROM case_meta`);
  return { version: version ?? 1, hasRow: version !== null };
}

/**
 * Brings the case in `dir` to `caseSchemaVersion` in one transaction: a new case gets the whole DDL and its
 * case_meta row, an older one the upgrade steps above its version, a current one nothing. A case written by a newer
 * build is refused before anything changes. An upgrade is audited.
 */
export async function ensureCaseSchema(c: DuckDBConnection, dir: string): Promise<SchemaOutcome> {
  await c.run('BEGIN TRANSACTION');
  try {
    const { version, hasRow } = await recordedVersion(c);
    if (version !== null && version > caseSchemaVersion) {
      throw new UserError(
        'bad_input',
        `The case at ${dir} was written by a newer Breachdesk (case schema version ${version}); this build reads versions up to ${caseSchemaVersion}. Open it with that newer build.`,
      );
    }
    if (version === null) await c.run(caseSchema);
    else for (const step of schemaUpgrades.filter((s) => s.to > version)) await c.run(step.sql);
    if (!hasRow) await c.run(`INSERT INTO case_meta VALUES ($id, $name, now(), $version)`, { id: randomUUID(), name: path.basename(dir), version: caseSchemaVersion });
    else if (version !== caseSchemaVersion) await c.run(`UPDATE case_meta SET schema_version = $version`, { version: caseSchemaVersion });
    if (version !== null && version !== caseSchemaVersion) await appendAudit(c, 'upgrade_case_schema', { from: version, to: caseSchemaVersion });
    await c.run('COMMIT');
    if (version === null) return { action: 'created' };
    return version === caseSchemaVersion ? { action: 'current' } : { action: 'upgraded', from: version };
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
}
