import type { CanonicalColumn } from '../canonicalColumns';
import { clientIpSql } from '../clientIpSql';
import { kerberosReasonSql, ntstatusPickSql, ntstatusReasonSql, ntstatusSql } from '../failureReason';
import { type DateOrder, zonedTimeSql } from '../zonedTimeSql';

/**
 * Names each Windows logon field reads, in the order tried; flat names (NXLog, Sentinel SecurityEvent) first. The ECS
 * names come last: Winlogbeat's security module and Elastic Agent move the account, address and workstation of a logon
 * out of `winlog.event_data` into `user.name` (`user.target.name` where the subject holds `user.name`), `source.ip` and
 * `source.domain`.
 */
export const windowsLogonNames: Record<string, string[]> = {
  event_id_text: ['EventID', 'EventId', 'winlog.event_id', 'event.code', 'Event.System.EventID.#text', 'Event.System.EventID'],
  channel: ['Channel', 'winlog.channel', 'Event.System.Channel'],
  status: ['Status', 'winlog.event_data.Status', 'Event.EventData.Status'],
  sub: ['SubStatus', 'winlog.event_data.SubStatus', 'Event.EventData.SubStatus'],
  preauth: ['PreAuthType', 'winlog.event_data.PreAuthType', 'Event.EventData.PreAuthType'],
  time: ['@timestamp', 'TimeGenerated', 'TimeGenerated [UTC]', 'TimeCreated', 'Event.System.TimeCreated.#attributes.SystemTime', 'EventTime', 'timestamp'],
  target: ['TargetUserName', 'winlog.event_data.TargetUserName', 'Event.EventData.TargetUserName', 'user.target.name', 'user.name'],
  address: ['IpAddress', 'winlog.event_data.IpAddress', 'Event.EventData.IpAddress', 'source.ip'],
  workstation: ['WorkstationName', 'winlog.event_data.WorkstationName', 'Event.EventData.WorkstationName', 'Workstation', 'winlog.event_data.Workstation', 'Event.EventData.Workstation', 'source.domain'],
  host: ['Hostname', 'Computer', 'winlog.computer_name', 'Event.System.Computer'],
};

/**
 * The Security events read as sign-ins: logon on a host, Kerberos on the DC, NTLM validation, explicit credentials.
 * EVTX staging keeps the EventData of these events only (the others are counted and skipped), so a sign-in event is
 * added here, not only to windowsLogonRelevant.
 */
export const windowsLogonEventIds: readonly number[] = [4624, 4625, 4648, 4768, 4769, 4771, 4776];

/** Seconds within which events of one account and outcome are taken as one logon attempt (see windowsLinkLayer). */
export const attemptLinkSeconds = 5;

/** Canonical field → Windows field, for previews. */
export const windowsLogonMapping: Record<string, string> = {
  ts: '@timestamp (else TimeGenerated or TimeGenerated [UTC], System/TimeCreated, EventTime — the last is local time)',
  user: 'TargetUserName as logged (ECS: user.target.name, else user.name, where Winlogbeat moved it; a 4769 service ticket\'s without the @REALM Windows adds there); machine accounts keep their trailing $ (NAME$), which marks them',
  ip: 'IpAddress (ECS: source.ip; ::ffff: dropped), else WorkstationName / Workstation (ECS: source.domain; a host name) when the address is "-"; none for 4648, whose address is the target',
  success:
    'EventID 4624; 4768 / 4769 / 4776 with Status 0x0; 4625 and 4771 are failures; unknown (empty) for 4648, logged before the target checks ' +
    'the credentials, and for a 4768 issued without pre-authentication (PreAuthType 0), which proves no password',
  failure_reason: 'SubStatus (else Status) via the NTSTATUS table; Kerberos Status (4768/4769/4771): 0x6 no_such_user, 0x12 locked (disabled or locked), 0x17 expired, 0x18 bad_password',
  result_code: 'SubStatus (else Status), as written',
  app: 'the host logged on to (Hostname, Computer)',
  events:
    `Security events ${windowsLogonEventIds.join(', ')} (other events and channels are skipped and counted). One attempt counts once: an event is linked to ` +
    `(and not added to) an event of a higher rank of the same account (name without domain, case-insensitive) and outcome within ${attemptLinkSeconds} s, ` +
    'ranks 4624/4625 (the host) > 4768/4771 (Kerberos TGT) > 4776/4648 (NTLM, explicit credentials) > 4769 (service ticket), as long as the window ' +
    'holds no more events of its rank than of higher ranks (an event of unknown outcome links to higher ranks of any outcome); linked events are counted with the skipped ones',
};

/** The layer normalising the codes and event id, over the fields of windowsLogonNames. */
export const windowsLogonCodes: Record<string, string> = {
  status_n: ntstatusSql('status'),
  sub_n: ntstatusSql('sub'),
  event_id: 'try_cast(event_id_text AS INTEGER)',
  preauth_n: 'try_cast(trim(CAST(preauth AS VARCHAR)) AS INTEGER)',
};

const kerberos = 'event_id IN (4768, 4769, 4771)';
/**
 * The outcome of an event: NULL (unknown) for 4648, which the client logs before the target checks the credentials (a
 * spray of wrong passwords logs one per try), and for a TGT issued without pre-authentication (4768, PreAuthType 0),
 * which anyone may ask for an account that does not require it and which proves no password.
 */
const successSql = `CASE WHEN event_id = 4648 OR (event_id = 4768 AND preauth_n = 0 AND coalesce(status_n, '0x00000000') = '0x00000000') THEN NULL
  ELSE (event_id = 4624 OR (event_id IN (4768, 4769, 4776) AND coalesce(status_n, '0x00000000') = '0x00000000')) END`;

/** A Security logon event of the Security channel (records of other channels, e.g. Sysmon or PowerShell, are not). */
export const windowsLogonEventSql = `(event_id IN (${windowsLogonEventIds.join(', ')}) AND (channel IS NULL OR lower(channel) = 'security'))`;

/** The layer of what linking needs per event: its time, account key, outcome and rank. */
export function windowsAttemptLayer(timezone: string, dateOrder: DateOrder): Record<string, string> {
  return {
    ts_w: zonedTimeSql('time', timezone, dateOrder),
    acct: `lower(regexp_replace(regexp_replace(target, '^.*\\\\', ''), '@.*$', ''))`,
    ok_w: successSql,
    rank_w: `CASE WHEN NOT ${windowsLogonEventSql} THEN NULL WHEN event_id IN (4624, 4625) THEN 1 WHEN event_id IN (4768, 4771) THEN 2 WHEN event_id IN (4776, 4648) THEN 3 ELSE 4 END`,
  };
}

/**
 * The layer deciding `linked`: an event of rank r is part of an attempt already counted when, among the same account's
 * events of the same outcome, the ±attemptLinkSeconds window holds at least as many events of higher ranks as the
 * window [t − attemptLinkSeconds, t] holds of rank r (ties in time counted together). An event of unknown outcome
 * (4648, a TGT without pre-authentication) is weighed against the higher ranks of any outcome: the host's 4624 or 4625
 * tells how the attempt ended.
 */
export function windowsLinkLayer(): Record<string, string> {
  const span = `ORDER BY ts_w RANGE BETWEEN INTERVAL ${attemptLinkSeconds} SECONDS PRECEDING AND`;
  const around = `(PARTITION BY acct, ok_w ${span} INTERVAL ${attemptLinkSeconds} SECONDS FOLLOWING)`;
  const aroundAny = `(PARTITION BY acct ${span} INTERVAL ${attemptLinkSeconds} SECONDS FOLLOWING)`;
  const before = `(PARTITION BY acct, ok_w ${span} CURRENT ROW)`;
  const n = (rank: number, w: string) => `count(*) FILTER (WHERE rank_w = ${rank}) OVER ${w}`;
  const higher = (rank: number, w: string) => Array.from({ length: rank - 1 }, (_, i) => n(i + 1, w)).join(' + ');
  const byRank = (w: string) => [2, 3, 4].map((r) => `WHEN rank_w = ${r} THEN ${n(r, before)} <= ${higher(r, w)}`).join('\n        ');
  return {
    linked: `CASE WHEN rank_w IS NULL OR rank_w = 1 OR ts_w IS NULL OR acct IS NULL THEN false
      WHEN ok_w IS NULL THEN CASE ${byRank(aroundAny)} END
      ELSE CASE ${byRank(around)} END END`,
  };
}

/** The records loaded as sign-ins: Security logon events not linked to an event already counted. */
export const windowsLogonRelevant = `(${windowsLogonEventSql} AND NOT coalesce(linked, false))`;

/**
 * The account of an event: TargetUserName as logged, except a service ticket's (4769), which Windows writes
 * `name@REALM` where the account's logons and TGTs write `name`: read as written, one person was two accounts, and the
 * `@REALM` one's usual addresses only its tickets' (docs/detection-scenarios.md, "The Windows domain blind test").
 */
const serviceTicketUserSql = `CASE WHEN event_id = 4769 THEN regexp_replace(target, '@[^@]*$', '') ELSE target END`;

/** The signin columns of a Windows logon over the fields, codes, attempt and link layers. */
export function windowsLogonColumns(): Partial<Record<CanonicalColumn, string>> {
  return {
    ts: 'ts_w',
    user: serviceTicketUserSql,
    ip: `CASE WHEN event_id = 4648 THEN NULL ELSE ${clientIpSql('coalesce(address, workstation)')} END`,
    success: 'ok_w',
    failure_reason: `CASE WHEN ok_w IS NULL OR ok_w THEN NULL WHEN ${kerberos} THEN ${kerberosReasonSql('status_n')} ELSE ${ntstatusReasonSql(ntstatusPickSql('status_n', 'sub_n'))} END`,
    result_code: `CASE WHEN sub_n IS NOT NULL AND sub_n <> '0x00000000' THEN sub ELSE status END`,
    app: 'host',
  };
}

/** Every layer a Windows logon mapping needs after the field layers: codes, attempt facts, links. */
export function windowsLogonLayers(timezone: string, dateOrder: DateOrder = 'mdy'): Array<Record<string, string>> {
  return [windowsLogonCodes, windowsAttemptLayer(timezone, dateOrder), windowsLinkLayer()];
}
