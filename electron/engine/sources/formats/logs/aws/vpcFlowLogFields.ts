/** The fields of a VPC flow log record in the default format (version 2), in order, as S3 delivery's header names them. */
export const vpcFlowDefaultFields = ['version', 'account-id', 'interface-id', 'srcaddr', 'dstaddr', 'srcport', 'dstport', 'protocol', 'packets', 'bytes', 'start', 'end', 'action', 'log-status'];

/** The fields a flow log must hold for its bytes to be read as transfers. */
const requiredFields = ['srcaddr', 'dstaddr', 'bytes', 'start', 'action'];

/**
 * A header-less default-format record: version 2, a 12-digit account, 14 fields ending in the log status; led by the
 * event's ISO 8601 time when a CloudWatch Logs export task wrote it to S3.
 */
const defaultRecord = /^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z )?2 [0-9]{12} \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ (OK|NODATA|SKIPDATA)$/;

/** A flow log header line: field names only, lower-case words joined by hyphens. */
const headerLine = /^[a-z]+(-[a-z0-9]+)*( [a-z]+(-[a-z0-9]+)*)+$/;

/**
 * The field names of a VPC flow log's first line: its header when S3 delivery wrote one (default or custom format), the
 * default format's for a header-less version 2 record (after the event time a CloudWatch Logs export writes), else
 * null. Why: column positions of a custom format are known only from its header.
 */
export function vpcFlowFields(head: Buffer): { fields: string[]; header: string | null } | null {
  const first = head.toString('utf8').split(/\r?\n/, 1)[0]?.trim() ?? '';
  const record = defaultRecord.exec(first);
  if (record) return { fields: record[1] ? ['cloudwatch-time', ...vpcFlowDefaultFields] : vpcFlowDefaultFields, header: null };
  if (!headerLine.test(first)) return null;
  const fields = first.split(' ');
  return requiredFields.every((f) => fields.includes(f)) ? { fields, header: first } : null;
}
