import { firstJsonRecord } from '../firstJsonRecord';

/**
 * Whether a head holds CloudTrail records: NDJSON or the `{"Records": […]}` file S3 delivers, or the Event history form
 * (`aws cloudtrail lookup-events`, its console download) where each record carries the event as a JSON text in `CloudTrailEvent`.
 */
export function isCloudTrail(head: Buffer): boolean {
  const first = firstJsonRecord(head);
  const r = typeof first?.CloudTrailEvent === 'string' ? parsedEvent(first.CloudTrailEvent) : first;
  return r !== null && typeof r.eventSource === 'string' && typeof r.eventName === 'string' && typeof r.userIdentity === 'object';
}

function parsedEvent(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * SQL: the staged records as CloudTrail events `(ln, raw, j)`: an Event history record is replaced by the event in its
 * `CloudTrailEvent` text (NULL, so rejected, when that text is no JSON object); other records are kept as they are.
 */
export function cloudTrailRecordsSql(staged: string): string {
  const inner = `json_extract_string(j, '$.CloudTrailEvent')`;
  return `(SELECT ln, raw, CASE WHEN ${inner} IS NULL THEN j WHEN json_valid(${inner}) AND json_type(${inner}) = 'OBJECT' THEN CAST(${inner} AS JSON) END AS j FROM ${staged})`;
}

/** The per-record CloudTrail fields both CloudTrail loaders read, as candidate paths (time: eventTime, else Logstash's @timestamp). */
export const cloudTrailFields: Record<string, string[]> = {
  time: ['eventTime', '@timestamp'],
  source: ['eventSource'],
  event: ['eventName'],
  principal: ['userIdentity.userName', 'userIdentity.arn', 'userIdentity.principalId'],
  address: ['sourceIPAddress'],
  agent: ['userAgent'],
};

/** Canonical user and time sources of CloudTrail, for previews. */
export const cloudTrailMapping: Record<string, string> = {
  ts: 'eventTime (else @timestamp)',
  user: 'userIdentity.userName, else userIdentity.arn, else userIdentity.principalId',
  ip: 'sourceIPAddress (may be a service name such as ec2.amazonaws.com)',
};
