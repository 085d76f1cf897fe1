import { apiArgs, type ApiMethod, type ApiParsedArg } from '../../shared/api';
import { UserError } from '../../shared/userError';

/** Where an argument sits when it is not a call's own, e.g. `arg` of a `revealCall`. */
export interface NestedArg {
  caller: ApiMethod;
  key: string;
}

/**
 * The argument of `method` as its schema parses it (every default applied): the one parse every way into the engine
 * makes (transports through the guarded service, in-process callers through withParsedArgs). A refusal is a UserError
 * naming the method, the field and what was expected, never the value.
 */
export function parseArgs<M extends ApiMethod>(method: M, raw: unknown, nested?: NestedArg): ApiParsedArg<M> {
  const parsed = apiArgs[method].safeParse(raw ?? {});
  if (parsed.success) return parsed.data as ApiParsedArg<M>;
  const issue = parsed.error.issues[0];
  const at = [...(nested ? [nested.key] : []), ...(issue?.path ?? []).map(String)].join('.');
  const where = at ? ` at ${at}` : '';
  const of = nested ? ` (for ${method})` : '';
  throw new UserError('invalid_argument', `${nested?.caller ?? method}: invalid argument${where}: ${issue?.message ?? 'rejected'}${of}.`);
}
