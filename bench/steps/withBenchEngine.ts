import type { Engine } from '../../electron/engine/createEngine';
import type { BenchArgs } from '../benchArgs';
import { openBenchEngine } from './benchEngine';

/** Opens bench case `name` (fresh or existing, with the run's case memory limit), runs `fn` against its engine, and always closes it. */
export async function withBenchEngine<T>(name: string, fresh: boolean, args: BenchArgs, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await openBenchEngine(name, fresh, args.caseMemoryLimit);
  try {
    return await fn(engine);
  } finally {
    engine.close();
  }
}
