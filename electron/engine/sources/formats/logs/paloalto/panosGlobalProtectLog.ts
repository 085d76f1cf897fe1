import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { isPanosHead, panosCsvPart, panosExportHeaderSql } from './panosLog';

/** One CSV field (quoted with doubled quotes, or bare) after the start or a comma: GlobalProtect logs quote the client OS version, which holds a comma. */
const csvField = '(?:^|,)("(?:[^"]|"")*"|[^,]*)';

/** SQL: field n (1-based, PAN-OS documentation order) of the parsed fields, unquoted, blank → NULL. */
const field = (n: number) => `nullif(trim(CASE WHEN starts_with(f[${n}], '"') THEN replace(f[${n}][2:-2], '""', '"') ELSE f[${n}] END), '')`;

/** How long after a portal sign-in the gateway's own authentication of the same user is the same connection. */
const linkSeconds = 300;

/**
 * Palo Alto Networks GlobalProtect logs (PAN-OS 9.1 and later, syslog in CSV format) as sign-ins: the portal-auth and
 * gateway-auth events, Status success or failure, read by their documented positions (Generated Time 7, Event ID 9, Source
 * User 13, Public IP 16, Public IPv6 17, Error 27, Status 29, Error Code 33, Portal 34). A gateway-auth that follows a
 * successful portal-auth of the same user within five minutes is the same connection: it is linked (skipped), so one
 * connection counts once.
 */
export const panosGlobalProtectLog = logLoader({
  format: 'panos-globalprotect-log',
  kind: 'signin',
  label: 'Palo Alto GlobalProtect log (PAN-OS syslog, CSV format: portal-auth / gateway-auth)',
  stage: 'lines',
  detect: isPanosHead,
  mapping: {
    ts: "Generated Time (the firewall's local time, no zone: set the timezone option; an ISO time with Z is UTC)",
    user: 'Source User',
    ip: 'Public IP (else Public IPv6); 0.0.0.0 is none',
    success: 'Status success',
    failure_reason: 'Error (else Reason) text: invalid password bad_password, user not found no_such_user, locked, …',
    result_code: 'Event ID and Status, with Error Code when not 0, e.g. "portal-auth:failure"',
    app: 'Portal (the portal or gateway name)',
  },
  notes: [
    'Only portal-auth and gateway-auth events are loaded; the other GlobalProtect events and log types are skipped and counted.',
    `A gateway-auth within ${linkSeconds / 60} minutes after a successful portal-auth of the same user is linked to it and skipped: one connection counts once.`,
  ],
  build({ staged, timezone }): RecordMapping {
    const csv = `regexp_extract(line, ${sqlString(panosCsvPart)}, 1)`;
    const parsed = `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} AND ${csv} <> '' THEN regexp_extract_all(${csv}, ${sqlString(csvField)}, 1) END AS f, ${panosExportHeaderSql} AS header FROM ${staged} WHERE trim(line) <> '')`;
    const fields = `SELECT ln, raw, f, header, ${field(4)} AS log_type, ${field(7)} AS gen_time, ${field(9)} AS event, ${field(13)} AS src_user,
      coalesce(nullif(${field(16)}, '0.0.0.0'), nullif(${field(17)}, '::')) AS public_ip, ${field(26)} AS reason, ${field(27)} AS error,
      lower(${field(29)}) AS status, nullif(${field(33)}, '0') AS error_code, ${field(34)} AS portal FROM ${parsed}`;
    const t = `try_cast(replace(replace(gen_time, '/', '-'), 'Z', '') AS TIMESTAMP)`;
    const portalOk = `CASE WHEN event = 'portal-auth' AND status = 'success' THEN ${t} END`;
    const from = `(SELECT *, event = 'gateway-auth' AND ${t} - max(${portalOk}) OVER (PARTITION BY lower(src_user) ORDER BY ${t} RANGE BETWEEN INTERVAL ${linkSeconds} SECOND PRECEDING AND CURRENT ROW) <= INTERVAL ${linkSeconds} SECOND AS linked FROM (${fields}))`;
    const ok = `(status = 'success')`;
    return {
      from,
      layers: [{ when_text: `replace(gen_time, '/', '-')` }],
      parsed: 'f IS NOT NULL OR header',
      relevant: `coalesce(log_type = 'GLOBALPROTECT' AND event IN ('portal-auth', 'gateway-auth') AND NOT coalesce(linked, false), false)`,
      columns: {
        ts: zonedTimeSql('when_text', timezone),
        user: 'src_user',
        ip: clientIpSql('public_ip'),
        success: `CASE WHEN status IN ('success', 'failure') THEN ${ok} END`,
        failure_reason: `CASE WHEN ${ok} THEN NULL ELSE ${textReasonSql('coalesce(error, reason)')} END`,
        result_code: `event || ':' || coalesce(status, '') || coalesce(':' || error_code, '')`,
        app: `coalesce(portal, 'GlobalProtect')`,
      },
      timeText: 'when_text',
      timeExpected: 'a Generated Time like 2021/03/02 09:55:39 in field 7',
      unparsed: `expected a PAN-OS syslog line in CSV format (FUTURE_USE, receive time, serial, type, …; at most ${maxLineChars} characters)`,
      checks: [{ when: `status IS NULL OR status NOT IN ('success', 'failure')`, reason: 'expected a Status of success or failure in field 29' }],
    };
  },
});
