import { apiArgs, type ApiMethod } from '../../shared/api';
import { err, ok, type Result } from '../../shared/result';
import { UserError } from '../../shared/userError';
import { scrubQuotedValues } from './db/scrubQuotedValues';
import type { GuardedApi } from './privacy/guardPersonalData';

/** True when `name` is one of Api's methods (and not, say, `constructor` or `__proto__`). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiArgs, name);
}

/**
 * The one choke point every transport calls: refuses unknown methods, calls the guarded service (which parses the
 * argument against the method's schema before anything runs, and masks every result unless revealed), and wraps the
 * outcome in a Result. Nothing reaches the engine unchecked.
 */
export async function dispatch(service: GuardedApi, method: string, arg: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return err('not_found', `Unknown method "${method.slice(0, 64)}".`);
  try {
    const call = service[method] as (a: unknown) => Promise<unknown>;
    return ok(await call.call(service, arg));
  } catch (e) {
    if (e instanceof UserError) return err(e.code, e.message);
    console.error(`[engine] ${method} failed: ${scrubQuotedValues((e as Error).stack ?? String(e))}`);
    return err('internal', `${method} failed: ${scrubQuotedValues((e as Error).message ?? String(e))}`);
  }
}
