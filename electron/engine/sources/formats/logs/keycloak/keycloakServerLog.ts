import { sqlString } from '../../../../sql/sqlString';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { keycloakSigninColumns } from './keycloakSigninColumns';
import { zonedTimeSql } from '../zonedTimeSql';

/**
 * A line of Keycloak's server log written by its default event listener, jboss-logging (the category
 * `org.keycloak.events`, abbreviated `org.key.events` by the Quarkus distribution's default format): date, level,
 * category, thread, then the event as `key=value, …` pairs, values quoted from Keycloak 24 on.
 */
const eventLine = '^([0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[,.][0-9]+)?)\\S*\\s+[A-Z]+\\s+\\[org\\.key(?:cloak)?\\.events\\]\\s+\\([^)]*\\)\\s+(.*)$';
const headLine = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[,.]\d+)?\S*\s+(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\s/;
const eventHead = new RegExp(eventLine);

/** SQL: one key's value of the event text `ev`, quoted or bare, NULL when absent, empty or the literal null. */
function eventField(key: string): string {
  const pattern = sqlString(`(?:^|, )${key}=(?:"([^"]*)"|([^,]*))`);
  return `nullif(nullif(regexp_extract(ev, ${pattern}, 1) || regexp_extract(ev, ${pattern}, 2), ''), 'null')`;
}

/**
 * Keycloak's server log (Quarkus or WildFly distribution): the LOGIN and LOGIN_ERROR events its default jboss-logging
 * listener writes there, which is all an administrator has when the realm does not store events (the default). By
 * default failures are logged at WARN and successes at DEBUG, so a log at the default level holds the failures only.
 */
export const keycloakServerLog = logLoader({
  format: 'keycloak-server-log',
  kind: 'signin',
  label: 'Keycloak server log, events of the jboss-logging listener (type=LOGIN_ERROR, realmId=…, ipAddress=…, error=…)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 200);
    return lines.length > 0 && headLine.test(lines[0] as string) && lines.some((l) => eventHead.test(l) && /(?:^|, )type="?LOGIN(?:_ERROR)?"?,/.test(l.replace(/^.*?\)\s+/, '')));
  },
  mapping: {
    ts: "the line's date and time (the server's local time, no zone: set the timezone option)",
    user: 'username (the name typed), else userId',
    ip: 'ipAddress',
    success: 'type LOGIN (logged at DEBUG: absent from a log at the default level)',
    failure_reason: 'error (invalid_user_credentials bad_password, user_not_found no_such_user, user_temporarily_disabled locked, …)',
    result_code: 'type[:error]',
    app: 'clientId',
  },
  notes: [
    'Only the LOGIN and LOGIN_ERROR events of the org.keycloak.events category are loaded; the other events, the server\'s other lines and stack traces are skipped and counted.',
    "The log's times are the server's local time: set the timezone option when the server was not on UTC.",
  ],
  build({ staged, timezone }): RecordMapping {
    const fields = ['type', 'realmId', 'clientId', 'userId', 'ipAddress', 'error', 'username'].map((k) => `${eventField(k)} AS ${k.toLowerCase()}`).join(', ');
    return {
      from: `(SELECT *, ${fields} FROM (SELECT *, nullif(m.ev, '') AS ev FROM (
               SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} AND regexp_matches(line, ${sqlString(eventLine)}) THEN regexp_extract(line, ${sqlString(eventLine)}, ['at', 'ev']) END AS m
               FROM ${staged} WHERE trim(line) <> '')))`,
      layers: [{ when_text: `replace(m.at, ',', '.')` }],
      parsed: `length(raw) <= ${maxLineChars}`,
      relevant: `ev IS NOT NULL AND type IN ('LOGIN', 'LOGIN_ERROR')`,
      columns: keycloakSigninColumns({ type: 'type', login: 'username', userId: 'userid', address: 'ipaddress', error: 'error', client: 'clientid' }, zonedTimeSql('when_text', timezone)),
      timeText: 'when_text',
      timeExpected: 'a date and time like 2023-05-25 22:24:19,357',
      unparsed: `expected a log line of at most ${maxLineChars} characters`,
    };
  },
});
