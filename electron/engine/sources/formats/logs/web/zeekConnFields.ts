import { clientIpSql } from '../clientIpSql';
import type { RecordMapping } from '../RecordMapping';
/** Canonical field → Zeek conn.log field, shared by the JSON and TSV loaders. */
export const zeekConnMapping: Record<string, string> = {
  ts: 'ts (epoch seconds, or ISO 8601)',
  user: 'id.orig_h (the originating host: conn.log has no user)',
  bytes: 'orig_bytes (payload sent by the originator: the upload direction), NULL when unset',
  action: 'service, else proto',
  object: 'id.resp_h:id.resp_p',
  ip: 'id.orig_h',
};

/** SQL: a Zeek time text (epoch seconds, or ISO 8601 with a zone) as TIMESTAMPTZ. */
export function zeekTimeSql(text: string): string {
  return `CASE WHEN regexp_matches(${text}, '^[0-9]+(\\.[0-9]+)?$') THEN to_timestamp(CAST(${text} AS DOUBLE)) ELSE try_cast(${text} AS TIMESTAMPTZ) END`;
}

/** The transfer columns of a conn.log record, over the layer names both Zeek loaders define (time, orig, resp, resp_port, sent, service_name, protocol). */
export const zeekConnColumns: RecordMapping['columns'] = {
  ts: zeekTimeSql('time'),
  user: 'orig',
  bytes: 'try_cast(sent AS BIGINT)',
  action: 'coalesce(service_name, protocol)',
  object: `resp || coalesce(':' || resp_port, '')`,
  ip: clientIpSql('orig'),
};

/** The check both Zeek loaders apply: orig_bytes, when present, must be a whole number. */
export const zeekBytesCheck = { when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number in orig_bytes' };
