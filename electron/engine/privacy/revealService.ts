import type { ApiMethod } from '../../../shared/api';
import type { RevealApi } from '../../../shared/api/revealApi';
import { UserError } from '../../../shared/userError';
import type { EngineApi, ServiceOf } from '../EngineApi';
import { parseArgs } from '../parseArgs';

/** `revealCall` of the clear in-process service (which masks nothing); the guarded service audits it instead. */
export function revealService(features: Omit<EngineApi, 'revealCall'>): ServiceOf<RevealApi> {
  return {
    async revealCall({ method, arg }) {
      if (!Object.hasOwn(features, method)) throw new UserError('invalid_argument', `revealCall: unknown method "${method.slice(0, 64)}".`);
      const inner = method as Exclude<ApiMethod, 'revealCall'>;
      const fn = features[inner] as (a: unknown) => Promise<unknown>;
      return fn.call(features, parseArgs(inner, arg, { caller: 'revealCall', key: 'arg' }));
    },
  };
}
