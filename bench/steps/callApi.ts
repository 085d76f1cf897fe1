import type { Engine } from '../../electron/engine/createEngine';
import { dispatch } from '../../electron/engine/dispatch';

/**
 * Calls an Api method by name as the bridge does: through dispatch (argument schema, defaults, the personal-data guard),
 * so the bench times what a user's call costs and does not break when the engine's internals move.
 */
export async function callApi<T>(engine: Engine, method: string, args: Record<string, unknown>): Promise<T> {
  const result = await dispatch(engine.api, method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
