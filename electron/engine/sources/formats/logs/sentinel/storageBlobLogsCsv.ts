import { clientIpSql } from '../clientIpSql';
import { sentinelTableCsv } from './sentinelTableCsv';

/**
 * Microsoft Sentinel / Log Analytics StorageBlobLogs table (Azure Blob Storage resource logs) exported as CSV: each
 * GetBlob read is a transfer of its ResponseBodySize, per Entra requester (RequesterUpn, else RequesterObjectId), else,
 * for a key or SAS request that names nobody, per caller address.
 */
export const storageBlobLogsCsv = sentinelTableCsv({
  format: 'sentinel-storagebloblogs-csv',
  kind: 'transfer',
  table: 'StorageBlobLogs',
  label: 'Microsoft Sentinel StorageBlobLogs, CSV export (GetBlob: ResponseBodySize per RequesterUpn, else caller address)',
  requires: ['OperationName', 'CallerIpAddress', 'ResponseBodySize'],
  fields: {
    operation: ['OperationName'],
    status: ['StatusCode'],
    upn: ['RequesterUpn'],
    object_id: ['RequesterObjectId'],
    caller: ['CallerIpAddress'],
    body: ['ResponseBodySize'],
    key: ['ObjectKey'],
    uri: ['Uri'],
  },
  mapping: {
    user: 'RequesterUpn, else RequesterObjectId, else CallerIpAddress (shared key and SAS requests name no one)',
    bytes: 'ResponseBodySize',
    action: 'OperationName and StatusCode, e.g. "GetBlob 200"',
    object: 'ObjectKey (/account/container/blob), else Uri',
    ip: 'CallerIpAddress, port removed',
  },
  notes: ['Only GetBlob operations are loaded (the reads that take data out); the other operations are skipped and counted.'],
  relevant: `operation = 'GetBlob'`,
  columns: (ts) => ({
    ts,
    user: `coalesce(upn, object_id, ${clientIpSql('caller')})`,
    bytes: 'try_cast(body AS BIGINT)',
    action: `concat_ws(' ', operation, status)`,
    object: 'coalesce(key, uri)',
    ip: clientIpSql('caller'),
  }),
  checks: [{ when: 'body IS NOT NULL AND (try_cast(body AS BIGINT) IS NULL OR try_cast(body AS BIGINT) < 0)', reason: 'expected a whole number of bytes in ResponseBodySize' }],
});
