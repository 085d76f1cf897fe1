import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';

/** The field names of the first `#Fields:` directive of a head, or null when the head has none. */
export function w3cFields(head: Buffer): string[] | null {
  const line = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 40)
    .find((l) => l.startsWith('#Fields:'));
  return line ? line.slice('#Fields:'.length).trim().split(/ +/) : null;
}

/** SQL: the value of W3C field `name` on the current entry, by its position in the entry's own `#Fields` directive; `-` (unset) is NULL. */
function fieldSql(name: string): string {
  const at = `list_position(fields, ${sqlString(name)})`;
  return `CASE WHEN ${at} IS NULL OR f[${at}] = '-' THEN NULL ELSE f[${at}] END`;
}

/**
 * Request logs in the W3C extended format: Microsoft IIS (`u_ex*.log`, space-separated, spaces inside values written `+`)
 * and Amazon CloudFront standard logs (tab-separated). `#Version`/`#Date`/`#Fields` directives, then one entry per
 * request. Field positions come from the latest `#Fields` directive before each entry, so a file whose logged fields
 * changed mid-way (IIS writes a new block on a configuration change or restart) is read right throughout.
 */
export const w3cExtendedLog = logLoader({
  format: 'w3c-extended-log',
  kind: 'transfer',
  label: 'W3C extended request log: Microsoft IIS, Amazon CloudFront (#Fields directive)',
  stage: 'lines',
  detect(head) {
    const fields = w3cFields(head);
    return fields !== null && fields.includes('cs-uri-stem') && fields.includes('time');
  },
  mapping: {
    ts: 'date and time (UTC, as IIS and CloudFront write them; the #Date directive gives the day when no date field is logged)',
    user: 'cs-username, else the client address when "-" (anonymous)',
    bytes: 'sc-bytes (bytes sent to the client); NULL when the site does not log sc-bytes (not in the IIS default set): count requests per user-hour',
    action: 'cs-method and sc-status, e.g. "GET 200"',
    object: 'the host asked for (cs-host, CloudFront x-host-header, else cs(Host)) with cs-uri-stem and cs-uri-query',
    ip: 'c-ip (the address that reached the server; an IPv6 zone index dropped)',
  },
  notes: [
    'Column positions come from the #Fields directive before each entry; fields are tab-separated when the entry holds a tab (CloudFront), else space-separated (IIS); directive lines (#…) are not entries and are not counted.',
    'IIS and CloudFront write W3C times in UTC whatever the server zone, so the timezone option does not apply.',
  ],
  zoneless: false,
  build({ staged }): RecordMapping {
    const upTo = 'OVER (ORDER BY ln ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)';
    const lastDirective = (prefix: string, value: string) => `last_value(CASE WHEN starts_with(line, ${sqlString(prefix)}) THEN ${value} END IGNORE NULLS) ${upTo}`;
    return {
      from: `(SELECT * FROM (SELECT ln, line AS raw,
          CASE WHEN length(line) > ${maxLineChars} THEN NULL WHEN contains(line, chr(9)) THEN string_split(line, chr(9)) ELSE regexp_split_to_array(trim(line), ' +') END AS f,
          ${lastDirective('#Fields:', `regexp_split_to_array(trim(substr(line, 9)), ' +')`)} AS fields,
          ${lastDirective('#Fields:', 'ln')} AS fields_ln,
          ${lastDirective('#Date:', `nullif(regexp_extract(line, '^#Date:\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})', 1), '')`)} AS directive_date
        FROM ${staged} WHERE trim(line) <> '') WHERE NOT starts_with(raw, '#'))`,
      layers: [
        {
          day: `coalesce(${fieldSql('date')}, directive_date)`,
          clock: fieldSql('time'),
          login: fieldSql('cs-username'),
          client: fieldSql('c-ip'),
          sent: fieldSql('sc-bytes'),
          method: fieldSql('cs-method'),
          status: fieldSql('sc-status'),
          host: `coalesce(${fieldSql('cs-host')}, ${fieldSql('x-host-header')}, ${fieldSql('cs(Host)')})`,
          stem: fieldSql('cs-uri-stem'),
          query: fieldSql('cs-uri-query'),
        },
      ],
      parsed: 'f IS NOT NULL AND fields IS NOT NULL AND len(f) = len(fields)',
      relevant: 'true',
      columns: {
        ts: `timezone('UTC', try_cast(day || ' ' || clock AS TIMESTAMP))`,
        user: `coalesce(login, ${clientIpSql('client')})`,
        bytes: 'try_cast(sent AS BIGINT)',
        action: `concat_ws(' ', method, status)`,
        object: `nullif(coalesce(host, '') || coalesce(stem, '') || coalesce('?' || query, ''), '')`,
        ip: clientIpSql('client'),
      },
      timeText: `coalesce(day, '(no date field and no #Date directive)') || ' ' || coalesce(clock, '')`,
      timeExpected: 'a UTC date and time like 2024-03-01 10:00:00 in the date and time fields',
      unparsed: 'expected a W3C log entry with as many fields as its #Fields directive',
      unparsedWhy: `CASE WHEN f IS NULL THEN 'the line is ' || length(raw) || ' characters long, more than the ${maxLineChars} a log entry may have'
        WHEN fields IS NULL THEN 'expected a #Fields directive before the first entry, naming its space-separated fields'
        ELSE 'expected ' || len(fields) || CASE WHEN contains(raw, chr(9)) THEN ' tab' ELSE ' space' END || '-separated fields as the #Fields directive of line ' || fields_ln || ' names, found ' || len(f) END`,
      checks: [{ when: `sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL`, reason: 'expected a whole number of bytes in sc-bytes' }],
    };
  },
});
