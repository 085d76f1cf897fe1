import type { Engine } from '../../electron/engine/createEngine';
import { pageCacheOf } from '../../electron/engine/data/pageCacheOf';

/** Resolves when the data view's seek index of the open case has settled, so pages are timed as an analyst scrolling meets them. */
export async function pageIndexReady(engine: Engine): Promise<void> {
  if (engine.ctx.caseDb) await pageCacheOf(engine.ctx.caseDb).settled();
}
