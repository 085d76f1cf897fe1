import { clientIpSql } from '../clientIpSql';
import { sentinelTableCsv } from './sentinelTableCsv';

/**
 * Microsoft Sentinel's CommonSecurityLog table (CEF from firewalls, proxies and VPN gateways) exported as CSV: each
 * traffic record with a SentBytes count is a transfer of the bytes the connection's source sent, per SourceUserName,
 * else per SourceIP (why the source: CEF's `out`, which Sentinel stores as SentBytes, is what the initiator sent, so an
 * inside user's upload or an outside client's request; ReceivedBytes, what came back, is kept out).
 */
export const commonSecurityLogCsv = sentinelTableCsv({
  format: 'sentinel-commonsecuritylog-csv',
  kind: 'transfer',
  table: 'CommonSecurityLog',
  label: 'Microsoft Sentinel CommonSecurityLog, CSV export (CEF traffic: SentBytes per SourceUserName, else SourceIP)',
  requires: ['DeviceVendor', 'DeviceProduct', 'SentBytes', 'ReceivedBytes'],
  fields: {
    vendor: ['DeviceVendor'],
    product: ['DeviceProduct'],
    activity: ['Activity'],
    device_action: ['DeviceAction'],
    source_user: ['SourceUserName', 'SourceUserID'],
    source_ip: ['SourceIP'],
    sent: ['SentBytes'],
    url: ['RequestURL'],
    destination: ['DestinationHostName', 'DestinationIP'],
    destination_port: ['DestinationPort'],
  },
  mapping: {
    user: 'SourceUserName (else SourceUserID), else SourceIP',
    bytes: 'SentBytes: what the source of the connection sent (CEF out)',
    action: 'Activity and DeviceAction, e.g. "Connection Closed allow"',
    object: 'RequestURL, else DestinationHostName (else DestinationIP) and DestinationPort',
    ip: 'SourceIP',
  },
  notes: ['Only records with a SentBytes count are loaded (traffic); threat, system and login records without one are skipped and counted.'],
  relevant: 'sent IS NOT NULL',
  columns: (ts) => ({
    ts,
    user: `coalesce(source_user, ${clientIpSql('source_ip')})`,
    bytes: 'try_cast(sent AS BIGINT)',
    action: `coalesce(nullif(concat_ws(' ', activity, device_action), ''), 'traffic')`,
    object: `coalesce(url, destination || coalesce(':' || destination_port, ''))`,
    ip: clientIpSql('source_ip'),
  }),
  checks: [{ when: 'try_cast(sent AS BIGINT) IS NULL OR try_cast(sent AS BIGINT) < 0', reason: 'expected a whole number of bytes in SentBytes' }],
});
