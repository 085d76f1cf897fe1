import type { CaseDb } from '../db/CaseDb';
import { AttackSourcesNeeded, maskerFor } from './casePrivacy';
import { maskDeep } from './maskDeep';
import type { Masker } from './Masker';

/**
 * Masks an Api result, computing the case's attack sources only when one of its values is an IP to judge (why: after an
 * ingest they are stale, and recomputing them classifies every sign-in, which a result without an IP, such as the new
 * source's row, never needs). Returns the masked value and the masker that masked it (its `shown` is what a reveal showed).
 */
export async function maskResult<T>(db: CaseDb | null, value: T): Promise<{ masked: T; masker: Masker }> {
  const quick = await maskerFor(db, true);
  try {
    return { masked: maskDeep(value, quick), masker: quick };
  } catch (e) {
    if (!(e instanceof AttackSourcesNeeded)) throw e;
  }
  const masker = await maskerFor(db);
  return { masked: maskDeep(value, masker), masker };
}
