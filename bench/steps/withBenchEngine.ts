import type { Engine } from '../../electron/engine/createEngine';
import { openBenchEngine } from './benchEngine';

/** Opens bench case `name` (fresh or existing), runs `fn` against its engine, and always closes it. */
export async function withBenchEngine<T>(name: string, fresh: boolean, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await openBenchEngine(name, fresh);
  try {
    return await fn(engine);
  } finally {
    engine.close();
  }
}
