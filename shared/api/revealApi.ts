import { z } from 'zod';
import { limits } from '../limits';

/** The schema of `revealCall` over the names of the methods it may reveal (every other method of Api). */
export function revealCallSchema(methods: [string, ...string[]]) {
  return z
    .object({
      view: z.string().min(1).max(limits.idChars),
      method: z.enum(methods),
      arg: z.record(z.string().max(limits.idChars), z.unknown()).optional(),
    })
    .strict();
}

/** What `revealCall` accepts: the view the analyst revealed, the method to call unmasked and its argument. */
export interface RevealCallArg {
  view: string;
  method: string;
  arg?: Record<string, unknown> | undefined;
}

/**
 * Revealing personal data: the analyst's explicit act. The engine masks every result of every method; this calls one
 * other method unmasked and writes the view, the arguments (the filter) and the pseudonyms of what was shown to the audit trail.
 */
export interface RevealApi {
  revealCall(a: RevealCallArg): Promise<unknown>;
}
