import fs from 'node:fs';
import { UserError } from '../../../../../../shared/userError';
import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { localTimeSql, zonedTimeSql } from '../zonedTimeSql';

/** A Cisco ASA (or Firepower Threat Defense) syslog message: `%ASA-6-113005: text`, whatever header leads it. */
const asaMessage = '^(.*?)%(?:ASA|FTD)-[0-7]-([0-9]{6}): (.*)$';
const asaHead = /%(?:ASA|FTD)-[0-7]-\d{6}: /;

/**
 * The messages read, one per attempt (Cisco ASA Series Syslog Messages): 113005 / 113015 an AAA server or the local
 * database rejected a user (VPN or management), 113039 an AnyConnect session and 716001 a clientless WebVPN session
 * started after a sign-in. The messages that repeat one of these decisions (113004 / 113012 without the address, 716039,
 * 611101 / 611102, 605004 / 605005) are skipped, so an attempt logged under several ids counts once.
 */
const events: Record<string, { re: string; user: number; ip: number; reason?: number; ok: boolean }> = {
  '113005': { re: 'AAA user authentication Rejected : reason = (.*?) : server = \\S+ : user = (.*?)(?: : user IP = (\\S+))?\\s*$', reason: 1, user: 2, ip: 3, ok: false },
  '113015': { re: 'AAA user authentication Rejected : reason = (.*?) : local database : user = (.*?)(?: : user IP = (\\S+))?\\s*$', reason: 1, user: 2, ip: 3, ok: false },
  '113039': { re: 'Group <[^>]*> User <([^>]*)> IP <([^>]*)> AnyConnect parent session started', user: 1, ip: 2, ok: true },
  '716001': { re: 'Group <?[^>]*>? User <([^>]*)> IP <([^>]*)> WebVPN session started', user: 1, ip: 2, ok: true },
};

/** The masked user name the ASA writes when a name is invalid or unknown (`logging hide username`, the default). */
const hiddenUser = '*****';

const months = "['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']";

/** The year of lines that carry none: the year option, else the file's modification year (a later month is the year before). */
function yearSql(option: unknown, file: string, monthExpr: string): string {
  if (option !== undefined && option !== '') {
    const year = Number(option);
    if (!Number.isInteger(year) || year < 1970 || year > 2100) throw new UserError('invalid_argument', `Option year must be a four-digit year such as 2024, got "${String(option)}".`);
    return String(year);
  }
  const mtime = fs.statSync(file).mtime;
  return `CASE WHEN ${monthExpr} > ${mtime.getUTCMonth() + 1} THEN ${mtime.getUTCFullYear() - 1} ELSE ${mtime.getUTCFullYear()} END`;
}

/** Cisco ASA / FTD syslog: the AAA rejections and the AnyConnect / WebVPN sessions started, as sign-ins. */
export const ciscoAsaAuth = logLoader({
  format: 'cisco-asa-auth',
  kind: 'signin',
  label: 'Cisco ASA / FTD syslog (%ASA-6-113005 / 113015 rejected, 113039 AnyConnect session, 716001 WebVPN session)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
    const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
    return complete.length > 0 && complete.filter((l) => asaHead.test(l)).length * 2 > complete.length;
  },
  mapping: {
    ts: "the ASA's own timestamp (Mmm dd yyyy HH:MM:SS, logging timestamp), else an RFC 3339 header time, else the syslog header's Mmm dd HH:MM:SS with the year option (else the file's year); the device's local time unless an offset is written: set the timezone option",
    user: `user (the masked ${hiddenUser} the ASA writes for an invalid or unknown name: none)`,
    ip: 'user IP (113005 / 113015), IP <…> (113039, 716001)',
    success: '113039 (AnyConnect) and 716001 (WebVPN) session starts; a management login that succeeded is not read (113012 carries no address)',
    failure_reason: `reason (Invalid password bad_password, …); ${hiddenUser} no_such_user`,
    result_code: 'the message id, with the reason of a rejection',
    app: 'Cisco ASA AnyConnect or WebVPN (a session start), else Cisco ASA',
  },
  notes: [
    'One message per attempt: the AAA rejections (113005, 113015) and the session starts (113039, 716001), so an attempt the ASA logs under several ids counts once; the other messages are skipped.',
    'A name the ASA masked as ***** (invalid or unknown) loads as no user, for a user that does not exist.',
  ],
  choices(_head, file) {
    const year = fs.statSync(file).mtime.getUTCFullYear();
    return { year: [String(year), String(year - 1), String(year - 2)] };
  },
  build({ staged, timezone, options, file }): RecordMapping {
    const part = (id: string, group: number) => `regexp_extract(m.msg, ${sqlString((events[id] as { re: string }).re)}, ${group})`;
    const pick = (field: 'user' | 'ip' | 'reason') =>
      `CASE m.id ${Object.entries(events)
        .filter(([, e]) => e[field] !== undefined)
        .map(([id, e]) => `WHEN ${sqlString(id)} THEN nullif(trim(${part(id, e[field] as number)}), '')`)
        .join(' ')} END`;
    const matched = `CASE m.id ${Object.entries(events).map(([id, e]) => `WHEN ${sqlString(id)} THEN regexp_matches(m.msg, ${sqlString(e.re)})`).join(' ')} ELSE false END`;
    const asaTime = `regexp_extract(m.head, '([A-Z][a-z]{2} +[0-9]{1,2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2})', 1)`;
    const isoTime = `regexp_extract(m.head, '([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)', 1)`;
    const bsdTime = `regexp_extract(m.head, '^(?:<[0-9]+>)?([A-Z][a-z]{2} +[0-9]{1,2} [0-9]{2}:[0-9]{2}:[0-9]{2})', 1)`;
    const bsdMonth = `list_position(${months}, left(bsd_time, 3))`;
    const successIds = Object.entries(events).filter(([, e]) => e.ok).map(([id]) => sqlString(id)).join(', ');
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(asaMessage)}, ['head','id','msg']) END AS m FROM ${staged} WHERE trim(line) <> '')`,
      layers: [
        { asa_time: `nullif(${asaTime}, '')`, iso_time: `nullif(${isoTime}, '')`, bsd_time: `nullif(regexp_replace(${bsdTime}, ' +', ' ', 'g'), '')`, hit: matched, login: pick('user'), address: pick('ip'), why: pick('reason') },
        { hidden: `coalesce(login = ${sqlString(hiddenUser)}, false)`, ok: `m.id IN (${successIds})`, year: `${yearSql(options.year, file, bsdMonth)}` },
      ],
      parsed: `m IS NOT NULL AND m.id <> ''`,
      relevant: `coalesce(hit, false)`,
      columns: {
        ts: `CASE WHEN asa_time IS NOT NULL THEN ${localTimeSql(`try_strptime(regexp_replace(asa_time, ' +', ' ', 'g'), '%b %d %Y %H:%M:%S')`, timezone)}
          WHEN iso_time IS NOT NULL THEN ${zonedTimeSql('iso_time', timezone)}
          WHEN bsd_time IS NOT NULL THEN ${localTimeSql(`try_strptime(CAST(year AS VARCHAR) || ' ' || bsd_time, '%Y %b %d %H:%M:%S')`, timezone)} END`,
        user: `CASE WHEN hidden THEN NULL ELSE login END`,
        ip: clientIpSql('address'),
        success: 'ok',
        failure_reason: `CASE WHEN ok THEN NULL WHEN hidden THEN 'no_such_user' ELSE ${textReasonSql('why')} END`,
        result_code: `m.id || coalesce(' ' || why, '')`,
        app: `CASE m.id WHEN '113039' THEN 'Cisco ASA AnyConnect' WHEN '716001' THEN 'Cisco ASA WebVPN' ELSE 'Cisco ASA' END`,
      },
      timeText: 'coalesce(asa_time, iso_time, bsd_time)',
      timeExpected: 'a time before the %ASA message (Mmm dd yyyy HH:MM:SS, RFC 3339, or Mmm dd HH:MM:SS)',
      unparsed: `expected a Cisco ASA syslog line with a %ASA-n-nnnnnn: message (at most ${maxLineChars} characters)`,
    };
  },
});
