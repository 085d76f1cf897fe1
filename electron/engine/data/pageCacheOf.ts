import type { CaseDb } from '../db/CaseDb';
import { PageCache } from './PageCache';

const caches = new WeakMap<CaseDb, PageCache>();

/** The data view's cache for one open case, created on first use and gone with the case. */
export function pageCacheOf(db: CaseDb): PageCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PageCache((fn) => db.withConnection(fn));
    caches.set(db, cache);
  }
  return cache;
}
