import type { JsonLeafPath } from './jsonLeafPaths';

/**
 * Column titles for JSON fields, and which are metadata: when the documents are Elasticsearch hits (elasticdump lines,
 * a `_search` response's hits: `_index` and `_source` at the top), each `_source` field is named without the
 * `_source.` prefix and every other `_`-prefixed top field (`_index`, `_type`, `_id`, `_score`, `_routing`…) is
 * metadata. Why the prefix goes: `_source` is the record as the application stored it, so its fields keep the names
 * the index's owner knows (the same as a MongoDB or CSV export of those records), and a hit's own bookkeeping stays
 * apart from them; the metadata is kept (a row can be traced to its document) but never classified.
 */
export function elasticHitColumns(fields: JsonLeafPath[]): { titles: string[]; metadata: boolean[] } {
  const hits = fields.some((f) => f.keys[0] === '_index') && fields.some((f) => f.keys[0] === '_source');
  if (!hits) return { titles: fields.map((f) => f.name), metadata: fields.map(() => false) };
  return {
    titles: fields.map((f) => (f.keys[0] === '_source' && f.keys.length > 1 ? f.keys.slice(1).join('.') : f.name)),
    metadata: fields.map((f) => f.keys.length > 0 && f.keys[0] !== '_source' && (f.keys[0] ?? '').startsWith('_')),
  };
}
