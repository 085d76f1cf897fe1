import { clientIpSql } from '../clientIpSql';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import { isUalCsv, isUalJson, stageUal, ualFields, ualMapping } from './o365Audit';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Office 365 unified audit log FileDownloaded (SharePoint / OneDrive) records as transfers without byte counts. */
export const o365FileDownload = logLoader({
  format: 'o365-ual-download',
  kind: 'transfer',
  label: 'Office 365 unified audit log: FileDownloaded (JSON or Purview CSV; no byte counts)',
  stage: 'custom',
  detect: (head) => isUalJson(head) || isUalCsv(head),
  mapping: {
    ...ualMapping,
    bytes: 'none (NULL): the audit log records no sizes, count events per user-hour',
    action: 'Operation',
    object: 'ObjectId (else SourceFileName)',
  },
  notes: ['Only FileDownloaded and FileSyncDownloadedFull records are loaded; other operations are skipped.'],
  async build({ c, file, displayName, head, staged, timezone }): Promise<RecordMapping> {
    const stagingRejects = await stageUal(c, file, head, staged, displayName);
    return {
      from: staged,
      stagingRejects,
      layers: jsonFieldLayers({ ...ualFields, target: ['ObjectId', 'SourceFileName'] }),
      parsed: 'j IS NOT NULL',
      relevant: `operation IN ('FileDownloaded', 'FileSyncDownloadedFull')`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'account',
        bytes: 'CAST(NULL AS BIGINT)',
        action: 'operation',
        object: 'target',
        ip: clientIpSql('address'),
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in CreationTime',
      unparsed: 'expected a JSON object (one unified audit log record)',
    };
  },
});
