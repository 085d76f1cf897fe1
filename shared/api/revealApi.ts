import { z } from 'zod';
import { limits } from '../limits';

/** Argument schema of the one reveal method. */
export const revealArgs = {
  revealCall: z
    .object({
      view: z.string().min(1).max(limits.idChars),
      method: z.string().min(1).max(limits.idChars),
      arg: z.unknown().optional(),
    })
    .strict(),
};

/**
 * Revealing personal data: the analyst's explicit act. The engine masks every result of every method; this calls one
 * other method unmasked and writes the view, the arguments (the filter) and the pseudonyms of what was shown to the audit trail.
 */
export interface RevealApi {
  revealCall(a: z.input<typeof revealArgs.revealCall>): Promise<unknown>;
}
