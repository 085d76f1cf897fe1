import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReportMetaDto } from '../../../shared/api/reportApi';
import { appendAudit } from '../case/appendAudit';
import { readReportMeta } from './readReportMeta';

/** The statements an analyst may set; versions are written by the engine only. */
export type ReportMetaPatch = Partial<Omit<ReportMetaDto, 'updatedAt' | 'versions'>>;

/** Stores the given statements (others unchanged), audits which ones changed, and returns the whole record. */
export async function saveReportMeta(c: DuckDBConnection, patch: ReportMetaPatch): Promise<ReportMetaDto> {
  const entries = Object.entries(patch).filter((e): e is [string, string] => typeof e[1] === 'string');
  await c.run('BEGIN TRANSACTION');
  try {
    for (const [key, value] of entries) {
      await c.run(`INSERT OR REPLACE INTO report_meta VALUES ($key, $value, now())`, { key, value });
    }
    if (entries.length > 0) await appendAudit(c, 'set_report_meta', { keys: entries.map(([k]) => k) });
    await c.run('COMMIT');
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
  return readReportMeta(c);
}
