import { UserError } from '../../../../../../shared/userError';
import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { insideAddressSql } from '../insideAddressSql';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { vpcFlowDefaultFields, vpcFlowFields } from './vpcFlowLogFields';

/**
 * AWS VPC Flow Logs as delivered to S3 (space-separated; default version 2 format with or without its header line, a
 * custom format named by its header, or a CloudWatch Logs export of the default format) as transfers of the bytes that
 * left the network: each accepted flow from an inside address to an outside one (or, when the format logs
 * `flow-direction`, each egress flow to an outside address), its bytes per source address, since the log names no user.
 */
export const awsVpcFlowLog = logLoader({
  format: 'aws-vpc-flow-log',
  kind: 'transfer',
  label: 'AWS VPC Flow Logs (S3 delivery, default or custom format, or a CloudWatch Logs export; bytes leaving per source address)',
  stage: 'lines',
  detect: (head) => vpcFlowFields(head) !== null,
  mapping: {
    ts: 'start (epoch seconds, UTC: the start of the aggregation interval)',
    user: 'srcaddr (the log names no user: the inside address that sent the bytes)',
    bytes: 'bytes (what srcaddr sent to dstaddr in the interval)',
    action: 'protocol (tcp, udp, icmp, else its number)',
    object: 'dstaddr:dstport',
    ip: 'srcaddr',
  },
  notes: [
    'Only data leaving the network is loaded: ACCEPT flows from an inside address (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) to an outside one; with flow-direction in a custom format, egress flows to an address that is not inside.',
    'REJECT flows, NODATA / SKIPDATA records and flows that do not leave (inbound, inside to inside, outside to outside) are skipped and counted.',
    'Column positions come from the header line S3 delivery writes (a custom format is read by its field names); a header-less file (also a CloudWatch Logs export to S3, each record led by its event time) must be in the default version 2 format. Header lines repeated by concatenated files are not records.',
  ],
  zoneless: false,
  build({ staged, head, displayName }): RecordMapping {
    const shape = vpcFlowFields(head);
    if (!shape) throw new UserError('bad_input', `${displayName}: expected a VPC flow log header line (naming srcaddr, dstaddr, bytes, start and action) or a default-format record on the first line.`);
    const { fields, header } = shape;
    const at = (name: string) => {
      const i = fields.indexOf(name);
      return i < 0 ? 'CAST(NULL AS VARCHAR)' : `CASE WHEN f[${i + 1}] IN ('-', '') THEN NULL ELSE f[${i + 1}] END`;
    };
    const notHeader = header === null ? 'true' : `trim(line) <> ${sqlString(header)}`;
    const egress = `CASE WHEN direction IS NOT NULL THEN direction = 'egress' AND NOT ${insideAddressSql('dst')} ELSE ${insideAddressSql('src')} AND NOT ${insideAddressSql('dst')} END`;
    return {
      from: `(SELECT ln, line AS raw, string_split(trim(line), ' ') AS f FROM ${staged} WHERE trim(line) <> '' AND ${notHeader})`,
      layers: [
        {
          src: at('srcaddr'),
          dst: at('dstaddr'),
          dst_port: at('dstport'),
          protocol: at('protocol'),
          sent: at('bytes'),
          start_text: at('start'),
          verdict: at('action'),
          status: at('log-status'),
          direction: at('flow-direction'),
        },
      ],
      parsed: `len(f) = ${fields.length}`,
      relevant: `coalesce(verdict = 'ACCEPT' AND coalesce(status, 'OK') = 'OK' AND ${egress}, false)`,
      columns: {
        ts: 'to_timestamp(try_cast(start_text AS BIGINT))',
        user: clientIpSql('src'),
        bytes: 'try_cast(sent AS BIGINT)',
        action: `CASE protocol WHEN '6' THEN 'tcp' WHEN '17' THEN 'udp' WHEN '1' THEN 'icmp' WHEN '58' THEN 'icmpv6' ELSE 'protocol ' || protocol END`,
        object: `dst || coalesce(':' || dst_port, '')`,
        ip: clientIpSql('src'),
      },
      timeText: 'start_text',
      timeExpected: 'epoch seconds in start',
      unparsed: `expected ${fields.length} space-separated fields, as ${header !== null ? 'the header line names' : fields.length > vpcFlowDefaultFields.length ? 'a CloudWatch Logs export of the default version 2 format has' : 'the default version 2 format has'}`,
      checks: [{ when: 'try_cast(sent AS BIGINT) IS NULL OR try_cast(sent AS BIGINT) < 0', reason: 'expected a whole number of bytes in bytes' }],
      describe: (skipped) => `${skipped} flow records skipped: rejected flows, NODATA / SKIPDATA records and flows that did not leave the network (inbound, inside to inside, outside to outside).`,
    };
  },
});
