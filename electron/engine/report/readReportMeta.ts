import type { DuckDBConnection } from '@duckdb/node-api';
import { tlpLevels, type ReportMetaDto, type ReportVersionDto, type TlpLevel } from '../../../shared/api/reportApi';
import { queryRows } from '../sql/queryRows';

/** The analyst's report statements and every report version written so far, oldest first. */
export async function readReportMeta(c: DuckDBConnection): Promise<ReportMetaDto> {
  const rows = await queryRows<{ key: string; value: string; updatedAt: string }>(
    c,
    `SELECT key, value, strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt" FROM report_meta`,
  );
  const get = (k: string): string => rows.find((r) => r.key === k)?.value ?? '';
  const tlp = get('tlp');
  const versions = await queryRows<ReportVersionDto>(
    c,
    `SELECT version, strftime(written_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS "writtenAt", format, out_path AS "outPath",
            include_personal AS "includePersonalData", evidence_intact AS "evidenceIntact"
     FROM report_version ORDER BY version`,
  );
  return {
    controller: get('controller'),
    dpoContact: get('dpoContact'),
    natureOfBreach: get('natureOfBreach'),
    measuresTaken: get('measuresTaken'),
    measuresProposed: get('measuresProposed'),
    tlp: (tlpLevels as readonly string[]).includes(tlp) ? (tlp as TlpLevel) : 'amber',
    updatedAt: rows.map((r) => r.updatedAt).sort().at(-1) ?? null,
    versions,
  };
}
