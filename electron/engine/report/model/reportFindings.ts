import type { DuckDBConnection } from '@duckdb/node-api';
import { findingKinds } from '../../../../shared/api/findingsApi';
import { queryRows } from '../../sql/queryRows';
import type { ReportInputs } from './ReportInputs';
import type { ReportFinding, ReportModel } from './ReportModel';

/** Most bulk-export findings a report lists (the most severe first, as stored); its counts cover them all. */
export const reportedBulkExports = 200;

/** The stored findings of `kind` not dismissed, at most `cap`, page by page (dismissed ones are left out in SQL, so one never takes a listed one's place under the cap). */
async function storedOfKind(api: Required<Pick<ReportInputs, 'listFindings'>>, kind: (typeof findingKinds)[number], cap: number): Promise<ReportFinding[]> {
  const rows: ReportFinding[] = [];
  for (let offset = 0; offset < cap; ) {
    const page = await api.listFindings({ kind, undismissed: true, offset, limit: Math.min(1000, cap - offset) });
    rows.push(...page.rows);
    offset += page.rows.length;
    if (page.rows.length === 0 || offset >= page.total) break;
  }
  return rows;
}

/** Findings per kind, dismissed ones left out, over the whole finding table. */
async function storedByKind(c: DuckDBConnection): Promise<Record<string, number>> {
  const rows = await queryRows<{ kind: string; n: number }>(c, `SELECT kind, count(*)::DOUBLE AS n FROM finding WHERE status <> 'dismissed' GROUP BY kind`);
  return Object.fromEntries(findingKinds.flatMap((k) => rows.filter((r) => r.kind === k).map((r) => [k, r.n])));
}

/**
 * The findings a report lists and counts: stored ones with their verdicts when the detectors ran (every sign-in finding,
 * since the campaigns, outcomes and attack sources are read from them, and the most severe bulk exports), else what the
 * detectors find now. `byKind` counts every finding (why: the first 1 000 stored findings stood for all of them, so a
 * case with more brute-force findings than that reported its later takeovers and attack sources as none).
 */
export async function reportFindings(api: ReportInputs, withConnection: <T>(fn: (c: DuckDBConnection) => Promise<T>) => Promise<T>, live: () => Promise<ReportFinding[]>): Promise<ReportModel['findings']> {
  const { listFindings } = api;
  if (listFindings && (await listFindings({ limit: 1 })).total > 0) {
    const rows: ReportFinding[] = [];
    for (const kind of findingKinds) rows.push(...(await storedOfKind({ listFindings }, kind, kind === 'bulk_export' ? reportedBulkExports : Number.MAX_SAFE_INTEGER)));
    return { origin: 'stored', rows, byKind: await withConnection(storedByKind) };
  }
  const rows = await live();
  const byKind: Record<string, number> = {};
  for (const f of rows) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  return { origin: 'live', rows, byKind };
}
