import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { fortigateFieldSql, isFortigateHead } from './fortigateFields';

const fields = ['date', 'time', 'tz', 'logid', 'subtype', 'action', 'status', 'tunneltype', 'user', 'remip', 'srcip', 'reason'];
const vpnSignin = `subtype = 'vpn' AND (action = 'ssl-login-fail' OR (action = 'tunnel-up' AND starts_with(coalesce(tunneltype, ''), 'ssl')))`;
const adminSignin = `subtype = 'system' AND action = 'login' AND status IN ('success', 'failed')`;
const success = `(action = 'tunnel-up' OR (action = 'login' AND status = 'success'))`;

/** FortiGate event logs (syslog or downloaded log file): SSL VPN logins and administrator logins as sign-ins. */
export const fortigateEventLog = logLoader({
  format: 'fortigate-event-log',
  kind: 'signin',
  label: 'FortiGate event log, key=value (SSL VPN login fail / tunnel up, administrator login)',
  stage: 'lines',
  detect: isFortigateHead,
  mapping: {
    ts: 'date and time, with tz= when logged (FortiOS 6.2 and later), else the firewall\'s local time: set the timezone option',
    user: 'user (N/A: none)',
    ip: 'remip (SSL VPN), srcip (administrator login)',
    success: 'action tunnel-up of an SSL tunnel, or an administrator login with status success',
    failure_reason: 'reason (sslvpn_login_unknown_user and name_invalid no_such_user, passwd_invalid bad_password, …)',
    result_code: 'action:reason (ssl-login-fail:sslvpn_login_unknown_user, login:passwd_invalid)',
    app: 'FortiGate SSL VPN, or FortiGate admin',
  },
  notes: ['Only SSL VPN login failures, SSL tunnels coming up and administrator logins are loaded; traffic, UTM and the other events are skipped.'],
  build({ staged, timezone }): RecordMapping {
    const parts = fields.map((f) => `${fortigateFieldSql(f)} AS ${f}`).join(', ');
    return {
      from: `(SELECT ln, line AS raw, ${parts} FROM (SELECT ln, CASE WHEN length(line) <= ${maxLineChars} THEN line END AS line FROM ${staged} WHERE trim(line) <> ''))`,
      layers: [{ when_text: `date || ' ' || time || coalesce(tz, '')` }],
      parsed: `logid IS NOT NULL AND subtype IS NOT NULL`,
      relevant: `(${vpnSignin}) OR (${adminSignin})`,
      columns: {
        ts: zonedTimeSql('when_text', timezone),
        user: 'user',
        ip: clientIpSql('coalesce(remip, srcip)'),
        success,
        failure_reason: `CASE WHEN ${success} THEN NULL ELSE ${textReasonSql('reason')} END`,
        result_code: `action || coalesce(':' || nullif(reason, 'none'), '')`,
        app: `CASE WHEN subtype = 'vpn' THEN 'FortiGate SSL VPN' ELSE 'FortiGate admin' END`,
      },
      timeText: 'when_text',
      timeExpected: 'date=YYYY-MM-DD and time=HH:MM:SS',
      unparsed: `expected a FortiGate log line of key=value pairs with logid= and subtype= (at most ${maxLineChars} characters)`,
    };
  },
});
