import { clientIpSql } from '../clientIpSql';
import { sentinelTableCsv } from './sentinelTableCsv';

/**
 * Microsoft Sentinel / Log Analytics W3CIISLog table (IIS W3C logs collected by the agent) exported as CSV: one transfer
 * per request, the bytes the server sent (scBytes) per csUserName, else per client address, as the IIS log files are read.
 */
export const w3cIisLogCsv = sentinelTableCsv({
  format: 'sentinel-w3ciislog-csv',
  kind: 'transfer',
  table: 'W3CIISLog',
  label: 'Microsoft Sentinel W3CIISLog, CSV export (IIS requests: scBytes per csUserName, else cIP)',
  requires: ['csUriStem', 'cIP', 'scStatus'],
  fields: {
    login: ['csUserName'],
    client: ['cIP'],
    method: ['csMethod'],
    status: ['scStatus'],
    stem: ['csUriStem'],
    sent: ['scBytes'],
  },
  mapping: {
    user: 'csUserName, else cIP when "-" or empty',
    bytes: 'scBytes: what the server sent (empty when the site did not log it: counted as an event)',
    action: 'csMethod and scStatus, e.g. "GET 200"',
    object: 'csUriStem',
    ip: 'cIP',
  },
  notes: [],
  relevant: 'true',
  columns: (ts) => ({
    ts,
    user: `coalesce(login, ${clientIpSql('client')})`,
    bytes: 'try_cast(sent AS BIGINT)',
    action: `concat_ws(' ', method, status)`,
    object: 'stem',
    ip: clientIpSql('client'),
  }),
  checks: [{ when: 'sent IS NOT NULL AND (try_cast(sent AS BIGINT) IS NULL OR try_cast(sent AS BIGINT) < 0)', reason: 'expected a whole number of bytes in scBytes' }],
});
