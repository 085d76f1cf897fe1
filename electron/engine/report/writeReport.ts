import type { ReportFormat, ReportWrittenDto } from '../../../shared/api/reportApi';
import { appendAudit } from '../case/appendAudit';
import type { CaseDb } from '../db/CaseDb';
import { checkOutPath } from './checkOutPath';
import { gatherReport } from './model/gatherReport';
import { readReportMeta } from './readReportMeta';
import { recordReportVersion, sealReportVersion } from './recordReportVersion';
import { maskerFor } from '../privacy/casePrivacy';
import { redactModel } from './model/redactModel';
import { renderReport } from './renderReport';
import type { ReportInputs } from './model/ReportInputs';
import { evidenceIntact, verifyManifest } from './verifyManifest';
import { writeFileAtomic } from './writeFileAtomic';
import { refreshRunIntel } from '../findings/refreshRunIntel';

/** What the analyst asked for. */
export interface WriteReportRequest {
  format: ReportFormat;
  outPath: string;
  includePersonalData: boolean;
  overwrite: boolean;
}

/**
 * Writes one report: re-hashes every input, reserves the next version, records a personal-data opt-in in the
 * audit trail, gathers and redacts the model, renders it, writes it atomically and seals the version with its hash.
 * The IP intel is built or refreshed first, as "Run detectors" does, so a report's live findings and exposure read the
 * same networks as a run would; when it cannot be, the report and the write's audit entry say so.
 */
export async function writeReport(api: ReportInputs, db: CaseDb, req: WriteReportRequest): Promise<ReportWrittenDto> {
  const sources = await api.listSources({});
  const out = checkOutPath(req.outPath, sources, db.dir, req.overwrite);
  const manifest = await verifyManifest(sources);
  const intact = evidenceIntact(manifest);
  const intelNotes = await refreshRunIntel(db);
  const { version, writtenAt, meta } = await db.withConnection(async (c) => {
    const v = await recordReportVersion(c, { format: req.format, outPath: out, includePersonalData: req.includePersonalData, evidenceIntact: intact });
    if (req.includePersonalData) await appendAudit(c, 'report_personal_data_opt_in', { version: v.version, format: req.format, outPath: out });
    if (!intact) await appendAudit(c, 'evidence_integrity_failure', { version: v.version, inputs: manifest.filter((e) => e.state !== 'verified').map((e) => ({ path: e.path, state: e.state })) });
    return { ...v, meta: await readReportMeta(c) };
  });
  try {
    const model = redactModel(await gatherReport(api, db, { version, generatedAt: writtenAt, includePersonalData: req.includePersonalData, manifest, meta, intelNotes }), await maskerFor(db));
    const data = await renderReport(req.format, model);
    const { bytes, sha256 } = writeFileAtomic(out, data);
    await db.withConnection(async (c) => {
      await sealReportVersion(c, version, sha256);
      await appendAudit(c, 'write_report', { version, format: req.format, outPath: out, sha256, includePersonalData: req.includePersonalData, evidenceIntact: intact, intelNotes });
    });
    return { version, format: req.format, outPath: out, bytes, sha256, writtenAt, redacted: !req.includePersonalData, evidenceIntact: intact, manifest };
  } catch (e) {
    await db.withConnection((c) => c.run(`DELETE FROM report_version WHERE version = $version`, { version }));
    throw e;
  }
}
