import { UserError } from '../../../../../shared/userError';
import { sqlString } from '../../../sql/sqlString';
import type { Loader } from '../../Loader';
import { loadJsonDocs } from './loadJsonDocs';
import { prepareText } from './prepareText';
import { refuseBinary } from './refuseBinary';
import { sniffLeak } from './sniffLeak';
import { scrubQuotedValues } from '../../../db/scrubQuotedValues';

/** Loads a JSON array of objects or JSON lines (UTF-8/16, Windows-1252, gzip): one column per field, nested objects flattened. */
export const leakJson: Loader = {
  format: 'leak-json',
  kind: 'leak',
  label: 'JSON array or JSON lines of objects (gzip too)',
  detect(head) {
    const sniff = sniffLeak(head);
    return !sniff.parquet && sniff.binaryAt < 0 && /^\s*[[{]/.test(sniff.text);
  },
  preview(head) {
    const sniff = sniffLeak(head);
    const array = /^\s*\[/.test(sniff.text);
    return {
      mapping: { container: array ? 'JSON array' : 'JSON lines', encoding: sniff.encoding + (sniff.gzip ? ', gzip' : '') },
      notes: ['One column per field: nested objects flattened into dotted names (customer.contact.email), lists kept as JSON text.'],
    };
  },
  async load({ c, file, displayName, sourceId, head }) {
    const sniff = sniffLeak(head);
    refuseBinary(sniff, displayName, 'JSON');
    const array = /^\s*\[/.test(sniff.text);
    const prepared = await prepareText(c, file, sniff);
    const csvCompression = `compression = ${sqlString(prepared.gzip ? 'gzip' : 'none')}`;
    const jsonCompression = `compression = ${sqlString(prepared.gzip ? 'gzip' : 'uncompressed')}`;
    try {
      const docs = array
        ? `SELECT row_number() OVER () AS _line, j::VARCHAR AS j
           FROM read_json(${sqlString(prepared.path)}, format = 'array', records = false, columns = {'j': 'JSON'}, ${jsonCompression}, maximum_object_size = 16777216)`
        : `SELECT row_number() OVER () AS _line, raw AS j
           FROM read_csv(${sqlString(prepared.path)}, auto_detect = false, header = false, columns = {'raw': 'VARCHAR'}, delim = chr(1),
                         quote = '', escape = '', ${csvCompression}, max_line_size = 8388608, buffer_size = 16777216)`;
      let out;
      try {
        out = await loadJsonDocs(c, sourceId, docs, array ? 'as array element' : 'on this line');
      } catch (e) {
        const message = scrubQuotedValues((e as Error).message.split('\n')[0] ?? '');
        if (array && /JSON|malformed|parse/i.test(message)) throw new UserError('bad_input', `${displayName}: expected a well-formed JSON array of objects: ${message}`);
        throw e;
      }
      return {
        rowsLoaded: out.rowsLoaded,
        rejects: out.rejects,
        rowsRejected: out.rowsRejected,
        mapping: {
          container: array ? 'JSON array' : 'JSON lines',
          line: array ? '_line is the element index in the array' : '_line is the line number',
          encoding: sniff.encoding,
          gzip: sniff.gzip,
          columns: out.columns,
        },
      };
    } finally {
      prepared.cleanup();
    }
  },
};
