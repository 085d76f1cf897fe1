import type { DuckDBConnection } from '@duckdb/node-api';
import type { LastRunDto, RunIntelDto } from '../../../shared/api/findingsApi';
import { queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';
import { sqlString } from '../sql/sqlString';

/** Audited actions that change what the detectors read: after one, the stored findings may be out of date. */
const inputChanges = ['ingest', 'remove_source', 'add_dismissal', 'remove_dismissal', 'add_known_infrastructure', 'remove_known_infrastructure', 'load_ip_dataset'];

/**
 * The last run of every detector from the case's audit (what it stored and the notes it gave), with the count of input
 * changes audited after it (why: the notes of a run, such as flagged hours left out, were shown once and lost when the
 * screen was left, and nothing said that findings predate the last source loaded).
 */
export async function lastRun(c: DuckDBConnection): Promise<LastRunDto | null> {
  const [row] = await queryRows<{ at: string; detail: string; changes: number }>(
    c,
    `WITH r AS (SELECT at_ts, detail FROM audit WHERE action = 'run_detectors' ORDER BY at_ts DESC LIMIT 1)
     SELECT ${sqlIso('r.at_ts')} AS at, r.detail::VARCHAR AS detail,
            (SELECT count(*) FROM audit a WHERE a.at_ts > r.at_ts AND a.action IN (${inputChanges.map(sqlString).join(', ')}))::DOUBLE AS changes
     FROM r`,
  );
  if (!row) return null;
  const d = JSON.parse(row.detail) as { findings?: number; byKind?: Record<string, number>; notes?: string[]; intel?: RunIntelDto };
  return { at: row.at, total: d.findings ?? 0, byKind: d.byKind ?? {}, notes: d.notes ?? [], intel: d.intel ?? null, changesSince: row.changes };
}
