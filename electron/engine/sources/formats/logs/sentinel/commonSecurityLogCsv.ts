import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { sentinelTableCsv } from './sentinelTableCsv';

/**
 * The source user a vendor writes among the CEF extensions Sentinel does not map (`susr="admin"` of SonicWall, a stray
 * `suser=`), kept in AdditionalExtensions as `key=value;` pairs, the value quoted or not.
 */
const extensionUser = '(?:^|;)\\s*(?:susr|suser)="?([^";]*)"?';

/**
 * Microsoft Sentinel's CommonSecurityLog table (CEF from firewalls, proxies and VPN gateways) exported as CSV: each
 * traffic record is a transfer, per SourceUserName, else per SourceIP, of the bytes that left the organisation: what the
 * source sent (SentBytes, CEF's `out`: an inside user's upload), or, on a connection the device marks inbound
 * (CommunicationDirection), what the inside server sent back (ReceivedBytes), as a web server's bytes sent are counted.
 */
export const commonSecurityLogCsv = sentinelTableCsv({
  format: 'sentinel-commonsecuritylog-csv',
  kind: 'transfer',
  table: 'CommonSecurityLog',
  label: 'Microsoft Sentinel CommonSecurityLog, CSV export (CEF traffic: SentBytes per SourceUserName, else SourceIP)',
  requires: ['DeviceVendor', 'DeviceProduct', 'SentBytes', 'ReceivedBytes'],
  fields: {
    activity: ['Activity'],
    device_action: ['DeviceAction'],
    source_user: ['SourceUserName', 'SourceUserID'],
    extensions: ['AdditionalExtensions'],
    source_ip: ['SourceIP'],
    sent: ['SentBytes'],
    received: ['ReceivedBytes'],
    direction: ['CommunicationDirection'],
    url: ['RequestURL'],
    destination: ['DestinationHostName', 'DestinationIP'],
    destination_port: ['DestinationPort'],
  },
  derived: {
    bytes_text: `CASE WHEN lower(coalesce(direction, '')) IN ('inbound', '0') THEN received ELSE sent END`,
    extension_user: `nullif(regexp_extract(extensions, ${sqlString(extensionUser)}, 1), '')`,
  },
  mapping: {
    user: 'SourceUserName (else SourceUserID, else the susr= or suser= of AdditionalExtensions), else SourceIP',
    bytes: 'SentBytes (what the source sent, CEF out); ReceivedBytes when CommunicationDirection is Inbound (what the inside server sent back)',
    action: 'Activity and DeviceAction, e.g. "Connection Closed allow"',
    object: 'RequestURL, else DestinationHostName (else DestinationIP) and DestinationPort',
    ip: 'SourceIP',
  },
  notes: ['Only records with that byte count are loaded (traffic); threat, system and login records without one are skipped and counted.'],
  relevant: 'bytes_text IS NOT NULL',
  columns: (ts) => ({
    ts,
    user: `coalesce(source_user, extension_user, ${clientIpSql('source_ip')})`,
    bytes: 'try_cast(bytes_text AS BIGINT)',
    action: `coalesce(nullif(concat_ws(' ', activity, device_action), ''), 'traffic')`,
    object: `coalesce(url, destination || coalesce(':' || destination_port, ''))`,
    ip: clientIpSql('source_ip'),
  }),
  checks: [{ when: 'try_cast(bytes_text AS BIGINT) IS NULL OR try_cast(bytes_text AS BIGINT) < 0', reason: 'expected a whole number of bytes in SentBytes (ReceivedBytes when inbound)' }],
});
