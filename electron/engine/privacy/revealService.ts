import { apiArgs, type Api, type ApiMethod } from '../../../shared/api';
import type { RevealApi } from '../../../shared/api/revealApi';
import { UserError } from '../../../shared/userError';

/** `revealCall` of the clear in-process service (which masks nothing); the guarded service audits it instead. */
export function revealService(features: Omit<Api, 'revealCall'>): RevealApi {
  return {
    async revealCall({ method, arg }) {
      if (!Object.hasOwn(features, method)) throw new UserError('invalid_argument', `revealCall: unknown method "${method.slice(0, 64)}".`);
      const fn = features[method as Exclude<ApiMethod, 'revealCall'>] as (a: unknown) => Promise<unknown>;
      return fn.call(features, apiArgs[method as ApiMethod].parse(arg ?? {}));
    },
  };
}
