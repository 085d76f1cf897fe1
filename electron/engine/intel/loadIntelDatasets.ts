import type { DuckDBConnection } from '@duckdb/node-api';
import type { CaseDb } from '../db/CaseDb';
import { queryRows } from '../sql/queryRows';
import { sqlString } from '../sql/sqlString';
import { appendAudit } from '../case/appendAudit';
import { intelDatasets, type IntelDataset } from './intelDatasets';

/** Column lists of each dataset's numeric range CSV (`start,end,…`, no header, inclusive bounds). */
const csvColumns: Record<IntelDataset['role'], string> = {
  country: `{'start_num': 'UHUGEINT', 'end_num': 'UHUGEINT', 'country': 'VARCHAR'}`,
  asn: `{'start_num': 'UHUGEINT', 'end_num': 'UHUGEINT', 'asn': 'UINTEGER', 'as_org': 'VARCHAR'}`,
};

const loading = new WeakMap<CaseDb, Promise<void>>();

/** The datasets the case's intel tables were loaded from (empty before the first load). */
export async function loadedIntelDatasets(c: DuckDBConnection): Promise<Array<{ role: string; name: string; version: string; dataDate: string; licence: string; attribution: string; ranges: number }>> {
  return queryRows(c, `SELECT role, name, version, data_date AS "dataDate", licence, attribution, ranges::DOUBLE AS ranges FROM intel.dataset ORDER BY role`);
}

/**
 * Loads the shipped IP datasets into the case as range tables (`intel.ip_country`, `intel.ip_asn`: family, start_num,
 * end_num, …) the first time they are needed, and again only when the installed package version changes. The CSVs
 * are read by DuckDB itself, so the case file is granted read access to those package files alone.
 */
export async function loadIntelDatasets(db: CaseDb): Promise<void> {
  const running = loading.get(db);
  if (running) return running;
  const job = load(db).finally(() => loading.delete(db));
  loading.set(db, job);
  return job;
}

async function load(db: CaseDb): Promise<void> {
  const shipped = intelDatasets();
  const stale = await db.withConnection(async (c) => {
    const have = new Map((await loadedIntelDatasets(c)).map((d) => [d.role, d.version]));
    return shipped.filter((d) => have.get(d.role) !== d.version);
  });
  if (stale.length === 0) return;
  await db.allowInputs(stale.flatMap((d) => [d.files.v4, d.files.v6]));
  await db.withConnection(async (c) => {
    await c.run('BEGIN TRANSACTION');
    try {
      for (const d of stale) {
        const table = d.role === 'country' ? 'intel.ip_country' : 'intel.ip_asn';
        const read = (file: string) => `read_csv(${sqlString(file)}, header = false, quote = '"', columns = ${csvColumns[d.role]})`;
        await c.run(
          `CREATE OR REPLACE TABLE ${table} AS
           SELECT 4::TINYINT AS family, * FROM ${read(d.files.v4)} UNION ALL SELECT 6::TINYINT AS family, * FROM ${read(d.files.v6)}
           ORDER BY family, start_num`,
        );
        const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM ${table}`);
        await c.run(`INSERT OR REPLACE INTO intel.dataset VALUES ($role, $name, $version, $dataDate, $licence, $attribution, $ranges, now())`, {
          role: d.role,
          name: d.name,
          version: d.version,
          dataDate: d.dataDate,
          licence: d.licence,
          attribution: d.attribution,
          ranges: n,
        });
        await appendAudit(c, 'load_ip_dataset', { role: d.role, name: d.name, version: d.version, dataDate: d.dataDate, ranges: n });
      }
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK');
      throw e;
    }
  });
}
