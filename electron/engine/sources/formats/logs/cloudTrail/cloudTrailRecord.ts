import { firstJsonRecord } from '../firstJsonRecord';

/** Whether a head holds CloudTrail records (NDJSON or the `{"Records": […]}` file S3 delivers). */
export function isCloudTrail(head: Buffer): boolean {
  const r = firstJsonRecord(head);
  return r !== null && typeof r.eventSource === 'string' && typeof r.eventName === 'string' && typeof r.userIdentity === 'object';
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
