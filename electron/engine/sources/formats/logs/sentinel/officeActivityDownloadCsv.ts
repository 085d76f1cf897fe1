import { clientIpSql } from '../clientIpSql';
import { officeActivityColumns } from './officeActivitySigninCsv';
import { sentinelTableCsv } from './sentinelTableCsv';

/**
 * Microsoft Sentinel / Log Analytics OfficeActivity table exported as CSV: SharePoint and OneDrive FileDownloaded rows as
 * transfers without byte counts, as the unified audit log's own FileDownloaded records are read.
 */
export const officeActivityDownloadCsv = sentinelTableCsv({
  format: 'sentinel-officeactivity-download-csv',
  kind: 'transfer',
  table: 'OfficeActivity',
  label: 'Microsoft Sentinel OfficeActivity, CSV export: FileDownloaded (no byte counts)',
  requires: officeActivityColumns,
  fields: {
    operation: ['Operation'],
    account: ['UserId'],
    address: ['ClientIP', 'Client_IPAddress'],
    target: ['OfficeObjectId', 'SourceFileName'],
  },
  mapping: {
    user: 'UserId',
    bytes: 'none (NULL): the audit log records no sizes, count events per user-hour',
    action: 'Operation',
    object: 'OfficeObjectId (else SourceFileName)',
    ip: 'ClientIP (else Client_IPAddress), port and brackets removed',
  },
  notes: ['Only FileDownloaded and FileSyncDownloadedFull rows are loaded; the other operations are skipped and counted.'],
  relevant: `operation IN ('FileDownloaded', 'FileSyncDownloadedFull')`,
  columns: (ts) => ({ ts, user: 'account', bytes: 'CAST(NULL AS BIGINT)', action: 'operation', object: 'target', ip: clientIpSql('address') }),
});
