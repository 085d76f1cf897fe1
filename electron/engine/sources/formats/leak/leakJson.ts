import { UserError } from '../../../../../shared/userError';
import { sqlString } from '../../../sql/sqlString';
import type { Loader } from '../../Loader';
import { loadJsonDocs } from './loadJsonDocs';
import { prepareText } from './prepareText';
import { refuseBinary } from './refuseBinary';
import { sniffLeak } from './sniffLeak';
import { scrubQuotedValues } from '../../../db/scrubQuotedValues';

/**
 * An Elasticsearch search or scroll response (`_search?scroll=…`, curl's output, pretty or not, pages one after the
 * other): its first key is one a response starts with. Why: a dump taken through the search API is one document per
 * page whose records are `hits.hits`; read as JSON lines it was one row of counters, or nothing when pretty-printed.
 */
const searchResponse = /^\s*\{\s*"(_scroll_id|took|pit_id)"\s*:/;

/** The containers leakJson reads. */
type Container = 'JSON array' | 'JSON lines' | 'Elasticsearch search response';

/** Which container the head shows. */
function containerOf(text: string): Container {
  if (/^\s*\[/.test(text)) return 'JSON array';
  return searchResponse.test(text) ? 'Elasticsearch search response' : 'JSON lines';
}

/** Loads a JSON array of objects, JSON lines or an Elasticsearch search response's hits (UTF-8/16, Windows-1252, gzip): one column per field, nested objects flattened. */
export const leakJson: Loader = {
  format: 'leak-json',
  kind: 'leak',
  label: 'JSON array or JSON lines of objects, Elasticsearch search responses (gzip too)',
  detect(head) {
    const sniff = sniffLeak(head);
    return !sniff.parquet && sniff.binaryAt < 0 && /^\s*[[{]/.test(sniff.text);
  },
  preview(head) {
    const sniff = sniffLeak(head);
    return {
      mapping: { container: containerOf(sniff.text), encoding: sniff.encoding + (sniff.gzip ? ', gzip' : '') },
      notes: [
        'One column per field: nested objects flattened into dotted names (customer.contact.email), lists kept as JSON text, MongoDB Extended JSON values ({"$date": …}, {"$oid": …}) unwrapped into their field.',
        "Elasticsearch hits (elasticdump lines, a search response's hits): the _source fields named without the prefix, _index/_type/_id/_score kept as metadata and never classified.",
      ],
    };
  },
  async load({ c, file, displayName, sourceId, head }) {
    const sniff = sniffLeak(head);
    refuseBinary(sniff, displayName, 'JSON');
    const container = containerOf(sniff.text);
    const array = container !== 'JSON lines';
    const prepared = await prepareText(c, file, sniff);
    const csvCompression = `compression = ${sqlString(prepared.gzip ? 'gzip' : 'none')}`;
    const jsonCompression = `compression = ${sqlString(prepared.gzip ? 'gzip' : 'uncompressed')}`;
    try {
      // A response without a hits list stands as one `null` entry, a reject counted and said, never dropped.
      const hits = `SELECT row_number() OVER () AS _line, h::VARCHAR AS j FROM (
           SELECT unnest(CASE WHEN json_type(doc, '$.hits.hits') = 'ARRAY' THEN json_extract(doc, '$.hits.hits[*]') ELSE ['null'::JSON] END) AS h
           FROM read_json(${sqlString(prepared.path)}, format = 'unstructured', records = false, columns = {'doc': 'JSON'}, ${jsonCompression}, maximum_object_size = 268435456))`;
      const docs =
        container === 'Elasticsearch search response'
          ? hits
          : container === 'JSON array'
            ? `SELECT row_number() OVER () AS _line, j::VARCHAR AS j
           FROM read_json(${sqlString(prepared.path)}, format = 'array', records = false, columns = {'j': 'JSON'}, ${jsonCompression}, maximum_object_size = 16777216)`
            : `SELECT row_number() OVER () AS _line, raw AS j
           FROM read_csv(${sqlString(prepared.path)}, auto_detect = false, header = false, columns = {'raw': 'VARCHAR'}, delim = chr(1),
                         quote = '', escape = '', ${csvCompression}, max_line_size = 8388608, buffer_size = 16777216)`;
      let out;
      try {
        out = await loadJsonDocs(c, sourceId, docs, container === 'JSON array' ? 'as array element' : container === 'JSON lines' ? 'on this line' : "as a hit of the search response (a response without hits.hits counts as one)");
      } catch (e) {
        const message = scrubQuotedValues((e as Error).message.split('\n')[0] ?? '');
        if (array && /JSON|malformed|parse/i.test(message))
          throw new UserError('bad_input', `${displayName}: expected a well-formed ${container === 'JSON array' ? 'JSON array of objects' : 'Elasticsearch search response'}: ${message}`);
        throw e;
      }
      return {
        rowsLoaded: out.rowsLoaded,
        rejects: out.rejects,
        rowsRejected: out.rowsRejected,
        mapping: {
          container,
          line: container === 'JSON array' ? '_line is the element index in the array' : container === 'JSON lines' ? '_line is the line number' : "_line is the hit's number across the responses, in file order",
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
