import type { ManifestEntryDto, ReportMetaDto } from '../../../../shared/api/reportApi';
import type { CaseDb } from '../../db/CaseDb';
import { queryRows } from '../../sql/queryRows';
import { attackerSightings, attackerSightingsSql } from './attackerSightings';
import { attackSourceIps } from './attackSourceIps';
import { campaignCounts } from './campaignCounts';
import { exportCounts } from './exportCounts';
import { reportFindings } from './reportFindings';
import type { ReportInputs } from './ReportInputs';
import type { MethodStep, ReportAuditEntry, ReportModel } from './ReportModel';
import { evidenceIntact } from '../verifyManifest';
import { gdprFacts } from './gdprFacts';
import { bulkExport } from '../../exports/bulkExport';
import { bulkExportNotes } from '../../exports/bulkExportNotes';
import { exportParamsSchema } from '../../../../shared/api/detectParams';
import { findingKindLabel } from '../../../../shared/format/findingKindLabel';

/** What the caller already decided: which version this is, when, with what evidence check and statements. */
export interface GatherOptions {
  version: number;
  generatedAt: string;
  includePersonalData: boolean;
  manifest: ManifestEntryDto[];
  meta: ReportMetaDto;
  /** What building the IP intel before this report said (refreshRunIntel): nothing when it was built or not needed. */
  intelNotes: string[];
}

/** How coverage results are read back (they are computed over all rows of each leak table by the coverage engine, classifiers as SQL macros). */
const coverageReadSql = `SELECT f.column_name, f.data_class, f.hint_class,
       f.populated_count / cs.rows AS populated, f.valid_count / f.populated_count AS valid, f.distinct_count
FROM coverage_field f JOIN coverage_source cs USING (source_id) WHERE source_id = $sourceId ORDER BY ordinal;
SELECT column_name, scheme, cost, count FROM coverage_hash WHERE source_id = $sourceId -- hash census by unambiguous structure`;

/** Audit actions a reader of the report does not need one by one (each report adds two, each view of the case one): counted, not listed. */
export const routineAuditActions = ['open_case', 'write_report', 'write_finding_lists', 'load_ip_dataset'];
const routineSql = routineAuditActions.map((a) => `'${a}'`).join(', ');

/** Rows listed per table in a report; totals are always exact. */
export const reportRowCap = 200;

/** Assembles the report model from the engine's own Api methods and a few SQL reads of the case. */
export async function gatherReport(api: ReportInputs, db: CaseDb, o: GatherOptions): Promise<ReportModel> {
  const app = await api.appInfo({});
  if (!app.caseInfo) throw new Error('No case is open.');
  const sources = await api.listSources({});
  const series = await api.signinSeries({ maxPoints: 400 });
  const reference = await api.loginSpikes({ limit: reportRowCap });
  // Ranked by failures: a source that failed none (a case's only sign-in, a success) has no place in a list of the most failed.
  const topSources = (await api.topSources({ limit: 15 })).filter((r) => r.failed > 0);
  const classified = await api.classifySignins({});
  const perHour = await api.transferPerHour({ maxBuckets: 400 });
  const exportReference = await api.exportReference({ limit: reportRowCap });
  const exportBaseline = await api.exportBaseline({ limit: reportRowCap });
  const coverage = await api.coverage({});
  const liveNotes: string[] = [];
  const findings = await reportFindings(api, (fn) => db.withConnection(fn), async () => {
    const bulk = await db.withConnection((c) => bulkExport(c, exportParamsSchema.parse({}), db.memo));
    liveNotes.push(...bulkExportNotes(bulk));
    return [...classified.findings.map((f) => ({ ...f, status: null, note: null })), ...bulk.findings.map((f) => ({ ...f, status: null, note: null }))];
  });
  // Stored findings carry their run's notes; live ones this report's own.
  const runNotes = findings.origin === 'stored' ? ((await api.lastRun?.({}))?.notes ?? []) : liveNotes;
  const notes = [...new Set([...o.intelNotes, ...runNotes])];
  const exposure = api.exposure ? await api.exposure({}) : null;
  const attackIps = await attackSourceIps(api, findings);
  const { attackers, audit, auditRoutine, counts, exported } = await db.withConnection(async (c) => ({
    counts: await campaignCounts(c, findings),
    exported: await exportCounts(c, findings),
    attackers: await attackerSightings(c, attackIps),
    audit: await queryRows<ReportAuditEntry>(
      c,
      `SELECT strftime(at_ts, '%Y-%m-%dT%H:%M:%SZ') AS "at", actor, action FROM audit WHERE action NOT IN (${routineSql}) ORDER BY at_ts DESC LIMIT 50`,
    ),
    auditRoutine: await queryRows<{ action: string; n: number }>(c, `SELECT action, count(*)::DOUBLE AS n FROM audit WHERE action IN (${routineSql}) GROUP BY action ORDER BY n DESC, action`),
  }));
  const totals = series.bins.reduce(
    (t, b) => ({ signins: t.signins + b.failed + b.success + b.unknown, failed: t.failed + b.failed, success: t.success + b.success, unknown: t.unknown + b.unknown }),
    { signins: 0, failed: 0, success: 0, unknown: 0 },
  );
  const methodology: MethodStep[] = [
    { title: 'Login spikes — reference rule', sql: reference.sql, params: reference.params },
    { title: 'Export volumes — reference z-score', sql: exportReference.sql, params: exportReference.params },
    { title: 'Export volumes — per-user robust baseline', sql: exportBaseline.sql, params: exportBaseline.params },
    ...[...new Map(findings.rows.map((f) => [f.kind, f])).values()].map((f) => ({ title: `Findings — ${findingKindLabel(f.kind)}`, sql: f.sql, params: f.params })),
    ...coverage.map((s) => ({ title: `PII coverage — ${s.path.split(/[\\/]/).at(-1) ?? s.path}`, sql: coverageReadSql, params: { sourceId: s.sourceId } })),
    { title: 'Attack sources — first and last seen (STIX/MISP indicators)', sql: attackerSightingsSql, params: { ips: attackIps.length } },
  ];
  const model = {
    caseInfo: app.caseInfo,
    toolVersion: app.version,
    generatedAt: o.generatedAt,
    version: o.version,
    includePersonalData: o.includePersonalData,
    meta: o.meta,
    sources,
    manifest: o.manifest,
    evidenceIntact: evidenceIntact(o.manifest),
    spikes: { series, totals, reference, topSources },
    exports: { perHour, reference: exportReference, baseline: exportBaseline },
    coverage,
    findings,
    notes,
    counts,
    exportCounts: exported,
    exposure,
    attackers,
    audit,
    auditRoutine,
    methodology,
  };
  return { ...model, gdpr: gdprFacts(model) };
}
