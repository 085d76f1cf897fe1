/** The fields of a VPC flow log record in the default format (version 2), in order, as S3 delivery's header names them. */
export const vpcFlowDefaultFields = ['version', 'account-id', 'interface-id', 'srcaddr', 'dstaddr', 'srcport', 'dstport', 'protocol', 'packets', 'bytes', 'start', 'end', 'action', 'log-status'];

/** The fields a flow log must hold for its bytes to be read as transfers. */
const requiredFields = ['srcaddr', 'dstaddr', 'bytes', 'start', 'action'];

/** A header-less default-format record: version 2, a 12-digit account, 14 fields ending in the log status. */
const defaultRecord = /^2 [0-9]{12} \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ (OK|NODATA|SKIPDATA)$/;

/** A flow log header line: field names only, lower-case words joined by hyphens. */
const headerLine = /^[a-z]+(-[a-z0-9]+)*( [a-z]+(-[a-z0-9]+)*)+$/;

/**
 * The field names of a VPC flow log's first line: its header when S3 delivery wrote one (default or custom format),
 * the default format's for a header-less version 2 record, else null. Why: column positions of a custom format are
 * known only from its header.
 */
export function vpcFlowFields(head: Buffer): { fields: string[]; header: string | null } | null {
  const first = head.toString('utf8').split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (defaultRecord.test(first)) return { fields: vpcFlowDefaultFields, header: null };
  if (!headerLine.test(first)) return null;
  const fields = first.split(' ');
  return requiredFields.every((f) => fields.includes(f)) ? { fields, header: first } : null;
}
