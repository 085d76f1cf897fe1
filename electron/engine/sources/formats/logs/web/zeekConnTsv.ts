import { UserError } from '../../../../../../shared/userError';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zeekBytesCheck, zeekConnColumns, zeekConnMapping } from './zeekConnFields';

/** The `#fields` names of a Zeek TSV head, or null when the head has none. */
export function zeekTsvFields(head: Buffer): string[] | null {
  const line = head
    .toString('utf8')
    .split(/\r?\n/)
    .slice(0, 20)
    .find((l) => l.startsWith('#fields\t'));
  return line ? line.split('\t').slice(1) : null;
}

/** Zeek conn.log in its native TSV form (`#separator`, `#fields`, `-` unset, `(empty)` empty). */
export const zeekConnTsv = logLoader({
  format: 'zeek-conn-tsv',
  kind: 'transfer',
  label: 'Zeek conn.log, TSV (#fields header)',
  stage: 'lines',
  detect(head) {
    const fields = zeekTsvFields(head);
    return head.toString('utf8').startsWith('#separator') && fields !== null && fields.includes('id.orig_h') && fields.includes('orig_bytes');
  },
  mapping: zeekConnMapping,
  notes: ['Column positions come from the #fields header; header and trailer lines (#…) are skipped.'],
  zoneless: false,
  build({ staged, head, displayName }): RecordMapping {
    const fields = zeekTsvFields(head);
    if (!fields) throw new UserError('bad_input', `${displayName}: expected a #fields header line in the first lines.`);
    const at = (name: string) => {
      const i = fields.indexOf(name);
      return i < 0 ? 'CAST(NULL AS VARCHAR)' : `CASE WHEN f[${i + 1}] IN ('-', '(empty)', '') THEN NULL ELSE f[${i + 1}] END`;
    };
    return {
      from: `(SELECT ln, line AS raw, string_split(line, chr(9)) AS f FROM ${staged} WHERE trim(line) <> '')`,
      layers: [
        {
          comment: `starts_with(raw, '#')`,
          time: at('ts'),
          orig: at('id.orig_h'),
          resp: at('id.resp_h'),
          resp_port: at('id.resp_p'),
          sent: at('orig_bytes'),
          service_name: at('service'),
          protocol: at('proto'),
        },
      ],
      parsed: `comment OR len(f) = ${fields.length}`,
      relevant: 'NOT comment',
      columns: zeekConnColumns,
      timeText: 'time',
      timeExpected: 'epoch seconds in ts',
      unparsed: `expected ${fields.length} tab-separated fields as the #fields header says`,
      checks: [zeekBytesCheck],
    };
  },
});
