import type { Engine } from '../../electron/engine/createEngine';

/** Thrown when the engine has no such service method yet, so the step is reported as skipped. */
export class NotInEngine extends Error {}

/** Calls an Api method by name through the engine's service, as the bridge would, whether or not it has landed yet. */
export async function callApi<T>(engine: Engine, method: string, args: Record<string, unknown>): Promise<T> {
  const fn = (engine.service as unknown as Record<string, ((a: unknown) => Promise<unknown>) | undefined>)[method];
  if (typeof fn !== 'function') throw new NotInEngine(`the engine has no ${method}() yet`);
  return (await fn(args)) as T;
}
