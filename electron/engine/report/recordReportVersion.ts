import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReportFormat } from '../../../shared/api/reportApi';
import { queryOne } from '../sql/queryRows';

/** What is known of a report before it is rendered. */
export interface VersionDraft {
  format: ReportFormat;
  outPath: string;
  includePersonalData: boolean;
  evidenceIntact: boolean;
}

/** Reserves the next report version number with its timestamp (Art. 33(4) phases) and returns both. */
export async function recordReportVersion(c: DuckDBConnection, d: VersionDraft): Promise<{ version: number; writtenAt: string }> {
  return queryOne<{ version: number; writtenAt: string }>(
    c,
    `INSERT INTO report_version
     SELECT coalesce(max(version), 0) + 1, now(), $format, $outPath, $includePersonalData, $evidenceIntact, NULL FROM report_version
     RETURNING version, strftime(written_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS "writtenAt"`,
    { format: d.format, outPath: d.outPath, includePersonalData: d.includePersonalData, evidenceIntact: d.evidenceIntact },
  );
}

/** Records the SHA-256 of the report file once it is written. */
export async function sealReportVersion(c: DuckDBConnection, version: number, sha256: string): Promise<void> {
  await c.run(`UPDATE report_version SET sha256 = $sha256 WHERE version = $version`, { sha256, version });
}
