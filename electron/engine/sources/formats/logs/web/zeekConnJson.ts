import { firstJsonRecord } from '../firstJsonRecord';
import { keyText } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zeekBytesCheck, zeekConnColumns, zeekConnMapping } from './zeekConnFields';

/** Zeek conn.log as JSON lines (`id.orig_h` keys, or `id_orig_h` as some shippers rename them). */
export const zeekConnJson = logLoader({
  format: 'zeek-conn-json',
  kind: 'transfer',
  label: 'Zeek conn.log, JSON',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && 'uid' in r && 'ts' in r && ('id.orig_h' in r || 'id_orig_h' in r);
  },
  mapping: zeekConnMapping,
  zoneless: false,
  build({ staged }): RecordMapping {
    const either = (dotted: string) => `coalesce(${keyText(dotted)}, ${keyText(dotted.replace('.', '_'))})`;
    return {
      from: staged,
      layers: [
        {
          time: keyText('ts'),
          orig: either('id.orig_h'),
          resp: either('id.resp_h'),
          resp_port: either('id.resp_p'),
          sent: keyText('orig_bytes'),
          service_name: keyText('service'),
          protocol: keyText('proto'),
        },
      ],
      parsed: 'j IS NOT NULL',
      relevant: 'true',
      columns: zeekConnColumns,
      timeText: 'time',
      timeExpected: 'epoch seconds in ts',
      unparsed: 'expected a JSON object (one conn.log record)',
      checks: [zeekBytesCheck],
    };
  },
});
