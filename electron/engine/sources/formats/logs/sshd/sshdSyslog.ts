import fs from 'node:fs';
import { UserError } from '../../../../../../shared/userError';
import { queryOne, queryRows } from '../../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { logLoader, type MappingContext } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { maxLineChars } from '../maxLineChars';
import { plainSyslogLine, plainSyslogLineSql } from './plainSyslogLine';
import { inferFirstYear } from './syslogYear';
import { localTimeSql, zonedTimeSql } from '../zonedTimeSql';

/**
 * BSD syslog line: `Mmm dd HH:MM:SS host tag[pid]: message` (tag may hold parentheses, `sshd(pam_unix)`, or be absent; the
 * message may follow more than one space, as daemons keeping the message's own leading space write it).
 */
const bsdLine = '^([A-Z][a-z]{2}) +([0-9]{1,2}) ([0-9]{2}:[0-9]{2}:[0-9]{2}) (\\S+) (?:([^\\s\\[:]+)(\\[[0-9]+\\])?: *)?(.*)$';
/** RFC 3339 syslog line (rsyslog's modern default): `2024-03-01T10:00:00.123+01:00 host tag[pid]: message`. */
const isoLine = '^([0-9]{4}-[0-9]{2}-[0-9]{2}T\\S+) (\\S+) (?:([^\\s\\[:]+)(\\[[0-9]+\\])?: *)?(.*)$';
/** sshd's own verdict lines, one per attempt (OpenSSH before 3.9 wrote "illegal user" where it now writes "invalid user"). */
const sshdEvent = '^(Failed|Accepted) (password|publickey|keyboard-interactive/pam|hostbased|gssapi-with-mic) for ((?:invalid|illegal) user )?(.*?) from (\\S+) port [0-9]+';
/** PAM's failure line: the first failure of a connection, counted when sshd logged no verdict for it. */
const pamFailure = 'authentication failure;.*\\srhost=(\\S*)(\\s+user=(\\S+))?';
/**
 * PAM services that change the identity of someone already signed in (`sudo`, `su`, as `pam_unix(sudo:auth)` or the tag
 * `su(pam_unix)`): their failures are a local password typed wrong for a privilege change, not a sign-in (the account
 * they name is the target, root, not who typed it), so they are skipped.
 */
const localPamService = '^pam_[a-z0-9_]+\\((sudo|su|sudo-i|su-l)[:)]';
const localPamTags = "('sudo', 'su')";
/** PAM's summary at disconnect: N failures after the first one, so N + 1 for the connection. */
const pamMore = '^PAM ([0-9]+) more authentication failures?;.*\\srhost=(\\S*)(\\s+user=(\\S+))?';
/** sshd's probe line for an account that does not exist (with or without the port, `Illegal user` before OpenSSH 3.9). */
const invalidUser = '^(?:Invalid|Illegal) user (.*?) from (\\S+)(?: port [0-9]+)?\\s*$';
/**
 * sshd's lines for a connection that ended while authenticating: the client left or was cut off (`Connection closed by`,
 * `Connection reset by`, `Disconnected from`, `Disconnecting` an `authenticating user` or `invalid user`) or reached
 * MaxAuthTries (`maximum authentication attempts exceeded for`). On a server that takes keys only, the failed `none` and
 * publickey tries are logged below INFO, so such a line is all a password-guessing bot leaves: one try of that account.
 */
const authEnd = '^((?:Connection closed by|Connection reset by|Disconnected from|Disconnecting) (?:authenticating|invalid) user) (.*?) (\\S+) port [0-9]+';
const maxTries = '^error: (maximum authentication attempts exceeded for(?: invalid user)?) (.*?) from (\\S+) port [0-9]+';
/**
 * sshd's line for an account that exists but may not sign in (AllowUsers, DenyUsers, AllowGroups, a locked account, a
 * missing shell): a probe as `Invalid user` is, and sshd writes that connection's tries "for invalid user"; its reason
 * says why (an account that is locked: locked; the other bars: other), not no_such_user.
 */
const notAllowed = '^User (.*?) from (\\S+) not allowed because (.*)$';
/**
 * The lines journalctl writes between entries of its text output (`journalctl -u ssh > file`): `-- Boot 3b2a… --`,
 * `-- Logs begin at … --` (before systemd 250), `-- Journal begins at … --`, `-- No entries --`: skipped and counted, no entry.
 */
const journalMarker = '^-- .+ --\\s*$';
const emptyBsd = "{'mon': '', 'day': '', 'time': '', 'host': '', 'tag': '', 'pid': '', 'msg': ''}";
const emptyIso = "{'iso': '', 'host': '', 'tag': '', 'pid': '', 'msg': ''}";
const emptyEvent = "{'verdict': '', 'method': '', 'invalid': '', 'user': '', 'ip': ''}";
const emptyMore = "{'n': '', 'rhost': '', 'u': '', 'user': ''}";
const emptyInvalid = "{'user': '', 'ip': ''}";
const emptyEnd = "{'phrase': '', 'user': '', 'ip': ''}";
const months = "['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']";

/** Canonical field → syslog part, for previews; the Syslog table CSV loader shows the same. */
export const sshdSyslogMapping: Record<string, string> = {
  ts: 'the syslog time (Mmm dd HH:MM:SS + year, or RFC 3339)',
  user: '"for [invalid user] X" and "Invalid user X" (sshd), user= (PAM)',
  ip: '"from X" (sshd), rhost= (PAM; may be a host name)',
  success: '"Accepted …" lines',
  failure_reason: '"Failed password" bad_password, "… for invalid user" and "Invalid user X" no_such_user, except in a connection whose account sshd barred ("User X from Y not allowed because account is locked": locked; because of AllowUsers, DenyUsers, groups or shell: other); PAM failure without user= no_such_user; a connection ended while authenticating a valid user other',
  result_code: 'the verdict phrase as logged (Failed password, Accepted publickey, Invalid user, authentication failure, PAM more authentication failures, Connection closed by authenticating user…)',
  app: 'the syslog tag (sshd, gdm…)',
  events:
    'attempts, not lines. The lines of one connection (same host and process id) count once: its failures are the most of (its sshd Failed lines, "message repeated N times" counted N times; its PAM "authentication failure" lines; its "Invalid user" probes and "User X from Y not allowed because …" bars; N + 1 from its "PAM N more authentication failures" summary), carried by the Failed lines first, else the PAM line, else the probe, and the summary line carries what the summary adds; a connection with none of these that ended while authenticating ("Connection closed by / reset by / Disconnected from authenticating user X", "maximum authentication attempts exceeded for X") is one failure, as a server taking keys only logs no other line of it; Accepted lines are one success each. Lines without a process id count alone, PAM ones only when the file has no sshd verdict',
};

/** sshd / PAM authentication lines of a syslog (`auth.log`, `secure`, `messages`), with the missing year supplied. */
export const sshdSyslog = logLoader({
  format: 'sshd-syslog',
  kind: 'signin',
  label: 'sshd / PAM syslog (auth.log, secure: Failed password, Accepted, authentication failure)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).slice(0, 200).map(plainSyslogLine);
    const syslog = lines.filter((l) => new RegExp(bsdLine).test(l) || new RegExp(isoLine).test(l)).length;
    return syslog > 0 && syslog >= Math.min(lines.length - 1, 200) * 0.5 && lines.some((l) => /\bsshd\b|sshd\(|pam_unix/.test(l));
  },
  mapping: sshdSyslogMapping,
  notes: [
    'BSD syslog has no year: it comes from the year option (the year of the first line), else from the file modification time; a Dec → Jan wrap starts the next year.',
    'Syslog times are the server\'s local time: set the timezone option when the server was not on UTC.',
  ],
  choices(_head, file) {
    const year = fs.statSync(file).mtime.getUTCFullYear();
    return { year: [String(year), String(year - 1), String(year - 2)] };
  },
  build: sshdLinesMapping,
});

/**
 * The mapping of staged syslog lines `(ln, line)` (BSD or RFC 3339) to sign-in attempts; shared with the loaders that
 * rebuild such lines from another shape (a Syslog table CSV export).
 */
export async function sshdLinesMapping({ c, staged, timezone, options, file }: Pick<MappingContext, 'c' | 'staged' | 'timezone' | 'options' | 'file'>): Promise<RecordMapping> {
  const p = sqlIdent(`${staged}_p`);
  await c.run(
    `CREATE TEMP TABLE ${p} AS
         SELECT ln, line AS raw, b, r, b IS NOT NULL AS bsd,
           CASE WHEN b IS NOT NULL THEN list_position(${months}, b.mon) END AS mon,
           coalesce(b.host, r.host) AS host, coalesce(b.tag, r.tag) AS tag, coalesce(b.msg, r.msg) AS msg0,
           b IS NULL AND r IS NULL AND regexp_matches(line, ${sqlString(journalMarker)}) AS marker
         FROM (SELECT ln, line,
                 CASE WHEN length(line) <= ${maxLineChars} AND regexp_matches(plain, '^[A-Z][a-z]{2} ') THEN nullif(regexp_extract(plain, ${sqlString(bsdLine)}, ['mon','day','time','host','tag','pid','msg']), ${emptyBsd}) END AS b,
                 CASE WHEN length(line) <= ${maxLineChars} AND regexp_matches(plain, '^[0-9]{4}-') THEN nullif(regexp_extract(plain, ${sqlString(isoLine)}, ['iso','host','tag','pid','msg']), ${emptyIso}) END AS r
               FROM (SELECT ln, line, ${plainSyslogLineSql('line')} AS plain FROM ${sqlIdent(staged)} WHERE trim(line) <> ''))`,
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
  const lineFacts = `(SELECT *,
      CASE WHEN contains(msg, 'Failed ') OR contains(msg, 'Accepted ') THEN nullif(regexp_extract(msg, ${sqlString(sshdEvent)}, ['verdict','method','invalid','user','ip']), ${emptyEvent}) END AS s,
      CASE WHEN contains(msg, 'authentication failure;') THEN regexp_extract(msg, ${sqlString(pamFailure)}, ['rhost','u','user']) END AS pm,
      CASE WHEN starts_with(msg, 'PAM ') THEN nullif(regexp_extract(msg, ${sqlString(pamMore)}, ['n','rhost','u','user']), ${emptyMore}) END AS more,
      CASE WHEN starts_with(msg, 'Invalid user ') OR starts_with(msg, 'Illegal user ') THEN nullif(regexp_extract(msg, ${sqlString(invalidUser)}, ['user','ip']), ${emptyInvalid})
           WHEN starts_with(msg, 'User ') THEN nullif(regexp_extract(msg, ${sqlString(notAllowed)}, ['user','ip']), ${emptyInvalid}) END AS inv,
      CASE WHEN starts_with(msg, 'User ') AND regexp_matches(msg, ${sqlString(notAllowed)}) THEN CASE WHEN contains(msg, 'because account is locked') THEN 'locked' ELSE 'other' END END AS bar,
      CASE WHEN starts_with(msg, 'Connection ') OR starts_with(msg, 'Disconnect') THEN nullif(regexp_extract(msg, ${sqlString(authEnd)}, ['phrase','user','ip']), ${emptyEnd})
           WHEN starts_with(msg, 'error: maximum authentication attempts exceeded') THEN nullif(regexp_extract(msg, ${sqlString(maxTries)}, ['phrase','user','ip']), ${emptyEnd}) END AS ended,
      nullif(coalesce(b.pid, r.pid), '') AS pid FROM (
      SELECT *, CASE WHEN repeated THEN regexp_extract(msg0, '^message repeated [0-9]+ times: \\[ ?(.*?) ?\\]$', 1) ELSE msg0 END AS msg,
             CASE WHEN repeated THEN coalesce(try_cast(regexp_extract(msg0, '^message repeated ([0-9]+) times: \\[', 1) AS INTEGER), 1) ELSE 1 END AS rep FROM (
        SELECT *, starts_with(msg0, 'message repeated ') AS repeated FROM ${p})))`;
  const kinds = `(SELECT *, s IS NOT NULL AS is_v, coalesce(s.verdict = 'Failed', false) AS is_fail,
      coalesce(pm IS NOT NULL AND regexp_matches(msg, ${sqlString(pamFailure)}) AND NOT regexp_matches(msg, ${sqlString(localPamService)})
        AND regexp_extract(coalesce(tag, ''), '^([^(\\[]+)', 1) NOT IN ${localPamTags}, false) AS is_pam, more IS NOT NULL AS is_more, inv IS NOT NULL AS is_inv, ended IS NOT NULL AS is_end,
      CASE WHEN pid IS NULL THEN 'line ' || ln ELSE coalesce(host, '') || ' ' || pid END AS conn FROM ${lineFacts})`;
  const perConn = `(SELECT *,
      sum(CASE WHEN is_fail THEN rep ELSE 0 END) OVER w AS f_n, count(*) FILTER (WHERE is_pam) OVER w AS p_n, count(*) FILTER (WHERE is_inv) OVER w AS i_n,
      max(try_cast(more.n AS INTEGER) + 1) OVER w AS s_n,
      CASE WHEN is_end THEN row_number() OVER (PARTITION BY conn, is_end ORDER BY ln) = 1 ELSE false END AS first_end,
      max(bar) OVER w AS barred,
      CASE WHEN is_more THEN row_number() OVER (PARTITION BY conn, is_more ORDER BY try_cast(more.n AS INTEGER) DESC, ln DESC) = 1 ELSE false END AS top_more
      FROM ${kinds} WINDOW w AS (PARTITION BY conn))`;
  const noPid = stats.sshd === 0 ? '1' : '0';
  const base = `CASE WHEN f_n > 0 THEN f_n WHEN p_n > 0 THEN p_n ELSE i_n END`;
  const weight = `CASE WHEN is_v THEN rep
      WHEN is_pam THEN CASE WHEN pid IS NULL THEN ${noPid} WHEN f_n = 0 THEN 1 ELSE 0 END
      WHEN is_inv THEN CASE WHEN pid IS NULL THEN ${noPid} WHEN f_n = 0 AND p_n = 0 THEN 1 ELSE 0 END
      WHEN is_more AND top_more AND pid IS NOT NULL THEN greatest(coalesce(s_n, 0) - ${base}, 0)
      WHEN is_end THEN CASE WHEN pid IS NULL THEN ${noPid} WHEN first_end AND f_n = 0 AND p_n = 0 AND i_n = 0 AND s_n IS NULL THEN 1 ELSE 0 END
      ELSE 0 END`;
  const from = `(SELECT *, unnest(range(greatest(weight, 1))) AS copy FROM (SELECT *, CAST(${weight} AS BIGINT) AS weight FROM ${perConn}))`;
  const isSshd = `is_v`;
  const phrase = `CASE WHEN is_v THEN s.verdict || ' ' || s.method || CASE WHEN s.invalid <> '' THEN ' for invalid user' ELSE '' END
     WHEN is_inv THEN 'invalid user'
     WHEN is_end THEN CASE WHEN contains(ended.phrase, 'invalid user') THEN 'invalid user' ELSE ended.phrase END
     WHEN is_more THEN 'authentication failure' || CASE WHEN coalesce(more.user, '') = '' THEN '; user unknown' ELSE '' END
     ELSE 'authentication failure' || CASE WHEN pm.user = '' THEN '; user unknown' ELSE '' END END`;
  const bsdTime = `try_strptime(CAST(${year} + ${wraps} AS VARCHAR) || ' ' || b.mon || ' ' || b.day || ' ' || b.time, '%Y %b %d %H:%M:%S')`;
  return {
    from,
    parsed: `(b IS NOT NULL OR r IS NOT NULL OR marker)`,
    relevant: `weight > 0`,
    columns: {
      ts: `CASE WHEN bsd THEN ${localTimeSql(bsdTime, timezone)} ELSE ${zonedTimeSql('r.iso', timezone)} END`,
      user: `CASE WHEN ${isSshd} THEN s.user WHEN is_inv THEN inv.user WHEN is_end THEN ended.user WHEN is_more THEN nullif(more.user, '') ELSE nullif(pm.user, '') END`,
      ip: clientIpSql(`CASE WHEN ${isSshd} THEN s.ip WHEN is_inv THEN inv.ip WHEN is_end THEN ended.ip WHEN is_more THEN more.rhost ELSE pm.rhost END`),
      success: `(${isSshd} AND s.verdict = 'Accepted')`,
      failure_reason: `CASE WHEN ${isSshd} AND s.verdict = 'Accepted' THEN NULL WHEN pid IS NOT NULL AND barred IS NOT NULL THEN barred ELSE ${textReasonSql(phrase)} END`,
      result_code: `CASE WHEN ${isSshd} THEN s.verdict || ' ' || s.method WHEN is_inv THEN CASE WHEN bar IS NOT NULL THEN 'User not allowed' ELSE 'Invalid user' END WHEN is_end THEN ended.phrase WHEN is_more THEN 'PAM more authentication failures' ELSE 'authentication failure' END`,
      app: `regexp_extract(tag, '^([^(\\[]+)', 1)`,
    },
    timeText: `CASE WHEN bsd THEN b.mon || ' ' || b.day || ' ' || b.time ELSE r.iso END`,
    timeExpected: 'a syslog time (Mmm dd HH:MM:SS or RFC 3339)',
    unparsed: `expected a syslog line "Mmm dd HH:MM:SS host tag[pid]: message" of at most ${maxLineChars} characters`,
  };
}

function resolveYear(option: unknown, file: string, lastMonth: number, wraps: number): number {
  if (option === undefined || option === '') return inferFirstYear(fs.statSync(file).mtime, lastMonth, wraps);
  const year = Number(option);
  if (!Number.isInteger(year) || year < 1970 || year > 2100) {
    throw new UserError('invalid_argument', `Option year must be a four-digit year such as 2024, got "${String(option)}".`);
  }
  return year;
}
