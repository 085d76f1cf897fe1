import { apiMethods, type Api, type ApiMethod } from '../../shared/api';
import type { EngineApi } from './EngineApi';
import { parseArgs } from './parseArgs';

/** The Api methods of an implementation, as callers call them. */
export type CallerApi<T> = { [M in keyof T & ApiMethod]: Api[M] };

/**
 * An implementation as in-process callers (CLI, Electron main, the demo, report assembly, tests) call it: each argument
 * goes through the same parse as dispatch, so these callers get the schema's defaults and refusals too.
 */
export function withParsedArgs<T extends Partial<EngineApi>>(impl: T): CallerApi<T> {
  const out: Record<string, (a: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    const fn = impl[method] as ((a: unknown) => Promise<unknown>) | undefined;
    if (fn) out[method] = async (a) => fn.call(impl, parseArgs(method, a));
  }
  return out as CallerApi<T>;
}
