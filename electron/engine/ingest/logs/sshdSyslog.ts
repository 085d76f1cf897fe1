import fs from 'node:fs';
import { UserError } from '../../../../shared/userError';
import { queryOne, queryRows } from '../../db/queryRows';
import { sqlIdent, sqlString } from '../../db/sqlString';
import { clientIpSql } from './clientIpSql';
import { textReasonSql } from './failureReason';
import { logLoader } from './logLoader';
import { maxLineChars } from './maxLineChars';
import { inferFirstYear } from './syslogYear';
import { localTimeSql } from './zonedTimeSql';

/** BSD syslog line: `Mmm dd HH:MM:SS host tag[pid]: message` (tag may hold parentheses, `sshd(pam_unix)`, or be absent). */
const bsdLine = '^([A-Z][a-z]{2}) +([0-9]{1,2}) ([0-9]{2}:[0-9]{2}:[0-9]{2}) (\\S+) (?:([^\\s\\[:]+)(\\[[0-9]+\\])?: ?)?(.*)$';
/** RFC 3339 syslog line (rsyslog's modern default): `2024-03-01T10:00:00.123+01:00 host tag[pid]: message`. */
const isoLine = '^([0-9]{4}-[0-9]{2}-[0-9]{2}T\\S+) (\\S+) (?:([^\\s\\[:]+)(\\[[0-9]+\\])?: ?)?(.*)$';
/** sshd's own verdict lines, one per attempt. */
const sshdEvent = '^(Failed|Accepted) (password|publickey|keyboard-interactive/pam|hostbased|gssapi-with-mic) for (invalid user )?(.*?) from (\\S+) port [0-9]+';
/** PAM's failure line, used only when a file has no sshd verdict lines (older or PAM-only logs). */
const pamFailure = 'authentication failure;.*\\srhost=(\\S*)(\\s+user=(\\S+))?';
const emptyBsd = "{'mon': '', 'day': '', 'time': '', 'host': '', 'tag': '', 'pid': '', 'msg': ''}";
const emptyIso = "{'iso': '', 'host': '', 'tag': '', 'pid': '', 'msg': ''}";
const emptyEvent = "{'verdict': '', 'method': '', 'invalid': '', 'user': '', 'ip': ''}";
const months = "['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']";

/** sshd / PAM authentication lines of a syslog (`auth.log`, `secure`, `messages`), with the missing year supplied. */
export const sshdSyslog = logLoader({
  format: 'sshd-syslog',
  kind: 'signin',
  label: 'sshd / PAM syslog (auth.log, secure: Failed password, Accepted, authentication failure)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).slice(0, 200);
    const syslog = lines.filter((l) => new RegExp(bsdLine).test(l) || new RegExp(isoLine).test(l)).length;
    return syslog > 0 && syslog >= Math.min(lines.length - 1, 200) * 0.5 && lines.some((l) => /\bsshd\b|sshd\(|pam_unix/.test(l));
  },
  mapping: {
    ts: 'the syslog time (Mmm dd HH:MM:SS + year, or RFC 3339)',
    user: '"for [invalid user] X" (sshd), user= (PAM)',
    ip: '"from X port" (sshd), rhost= (PAM; may be a host name)',
    success: '"Accepted …" lines',
    failure_reason: '"Failed password" bad_password, "… for invalid user" no_such_user; PAM failure without user= no_such_user',
    result_code: 'the verdict phrase as logged (Failed password, Accepted publickey, authentication failure…)',
    app: 'the syslog tag (sshd, gdm…)',
    events:
      'one per sshd Failed/Accepted line, "message repeated N times" counted N times; PAM "authentication failure" lines only when the file has no sshd verdict lines (they would double-count)',
  },
  notes: [
    'BSD syslog has no year: it comes from the year option (the year of the first line), else from the file modification time; a Dec → Jan wrap starts the next year.',
    'Syslog times are the server\'s local time: set the timezone option when the server was not on UTC.',
  ],
  choices(_head, file) {
    const year = fs.statSync(file).mtime.getUTCFullYear();
    return { year: [String(year), String(year - 1), String(year - 2)] };
  },
  async build({ c, staged, timezone, options, file }) {
    const p = sqlIdent(`${staged}_p`);
    await c.run(
      `CREATE TEMP TABLE ${p} AS
           SELECT ln, line AS raw, b, r, b IS NOT NULL AS bsd,
             CASE WHEN b IS NOT NULL THEN list_position(${months}, b.mon) END AS mon,
             coalesce(b.host, r.host) AS host, coalesce(b.tag, r.tag) AS tag, coalesce(b.msg, r.msg) AS msg0
           FROM (SELECT ln, line,
                   CASE WHEN length(line) <= ${maxLineChars} AND regexp_matches(line, '^[A-Z][a-z]{2} ') THEN nullif(regexp_extract(line, ${sqlString(bsdLine)}, ['mon','day','time','host','tag','pid','msg']), ${emptyBsd}) END AS b,
                   CASE WHEN length(line) <= ${maxLineChars} AND regexp_matches(line, '^[0-9]{4}-') THEN nullif(regexp_extract(line, ${sqlString(isoLine)}, ['iso','host','tag','pid','msg']), ${emptyIso}) END AS r
                 FROM ${sqlIdent(staged)} WHERE trim(line) <> '')`,
    );
    const wrapLines = (
      await queryRows<{ ln: number }>(
        c,
        `SELECT ln::DOUBLE AS ln FROM (SELECT ln, mon, lag(mon) OVER (ORDER BY ln) AS prev FROM (SELECT ln, mon FROM ${p} WHERE mon IS NOT NULL))
         WHERE prev - mon >= 6 ORDER BY ln`,
      )
    ).map((r) => r.ln);
    const wraps = wrapLines.length === 0 ? '0' : `CASE ${wrapLines.map((ln, i) => `WHEN ln >= ${ln} THEN ${i + 1}`).reverse().join(' ')} ELSE 0 END`;
    const stats = await queryOne<{ lastMon: number | null; sshd: number }>(
      c,
      `SELECT arg_max(mon, ln)::INTEGER AS "lastMon",
         count(*) FILTER (WHERE (contains(msg0, 'Failed ') OR contains(msg0, 'Accepted ')) AND regexp_matches(regexp_replace(msg0, '^message repeated [0-9]+ times: \\[ ?', ''), ${sqlString(sshdEvent)}))::INTEGER AS sshd FROM ${p}`,
    );
    const year = resolveYear(options.year, file, stats.lastMon ?? 12, wrapLines.length);
    const from = `(SELECT *, unnest(range(rep)) AS copy,
        CASE WHEN contains(msg, 'Failed ') OR contains(msg, 'Accepted ') THEN nullif(regexp_extract(msg, ${sqlString(sshdEvent)}, ['verdict','method','invalid','user','ip']), ${emptyEvent}) END AS s,
        CASE WHEN contains(msg, 'authentication failure') THEN regexp_extract(msg, ${sqlString(pamFailure)}, ['rhost','u','user']) END AS pm FROM (
        SELECT *, CASE WHEN repeated THEN regexp_extract(msg0, '^message repeated [0-9]+ times: \\[ ?(.*?) ?\\]$', 1) ELSE msg0 END AS msg,
               CASE WHEN repeated THEN coalesce(try_cast(regexp_extract(msg0, '^message repeated ([0-9]+) times: \\[', 1) AS INTEGER), 1) ELSE 1 END AS rep FROM (
          SELECT *, starts_with(msg0, 'message repeated ') AS repeated FROM ${p})))`;
    const isSshd = `s IS NOT NULL`;
    const isPam = stats.sshd === 0 ? `(pm IS NOT NULL AND regexp_matches(msg, ${sqlString(pamFailure)}))` : 'false';
    const phrase = `CASE WHEN ${isSshd} THEN s.verdict || ' ' || s.method || CASE WHEN s.invalid <> '' THEN ' for invalid user' ELSE '' END
       ELSE 'authentication failure' || CASE WHEN pm.user = '' THEN '; user unknown' ELSE '' END END`;
    const bsdTime = `try_strptime(CAST(${year} + ${wraps} AS VARCHAR) || ' ' || b.mon || ' ' || b.day || ' ' || b.time, '%Y %b %d %H:%M:%S')`;
    return {
      from,
      parsed: `(b IS NOT NULL OR r IS NOT NULL)`,
      relevant: `(${isSshd} OR ${isPam})`,
      columns: {
        ts: `CASE WHEN bsd THEN ${localTimeSql(bsdTime, timezone)} ELSE try_cast(r.iso AS TIMESTAMPTZ) END`,
        user: `CASE WHEN ${isSshd} THEN s.user ELSE nullif(pm.user, '') END`,
        ip: clientIpSql(`CASE WHEN ${isSshd} THEN s.ip ELSE pm.rhost END`),
        success: `(${isSshd} AND s.verdict = 'Accepted')`,
        failure_reason: `CASE WHEN ${isSshd} AND s.verdict = 'Accepted' THEN NULL ELSE ${textReasonSql(phrase)} END`,
        result_code: `CASE WHEN ${isSshd} THEN s.verdict || ' ' || s.method ELSE 'authentication failure' END`,
        app: `regexp_extract(tag, '^([^(\\[]+)', 1)`,
      },
      timeText: `CASE WHEN bsd THEN b.mon || ' ' || b.day || ' ' || b.time ELSE r.iso END`,
      timeExpected: 'a syslog time (Mmm dd HH:MM:SS or RFC 3339)',
      unparsed: `expected a syslog line "Mmm dd HH:MM:SS host tag[pid]: message" of at most ${maxLineChars} characters`,
    };
  },
});

function resolveYear(option: unknown, file: string, lastMonth: number, wraps: number): number {
  if (option === undefined || option === '') return inferFirstYear(fs.statSync(file).mtime, lastMonth, wraps);
  const year = Number(option);
  if (!Number.isInteger(year) || year < 1970 || year > 2100) {
    throw new UserError('invalid_argument', `Option year must be a four-digit year such as 2024, got "${String(option)}".`);
  }
  return year;
}
