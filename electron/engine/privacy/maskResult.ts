import type { CaseDb } from '../db/CaseDb';
import { AttackSourcesNeeded, maskerFor } from './casePrivacy';
import type { ColumnInfoDto } from '../../../shared/api/dataApi';
import { isMaskedByColumns, isPlain, maskDeep } from './maskDeep';
import type { Masker } from './Masker';
import { namedAccountsOf } from './namedAccounts';
import { freeTextClass } from './personalRule';

/** A data-view page with a free-text column, or a facet of one: what may name an account the page does not carry. */
function hasFreeText(v: Record<string, unknown>): boolean {
  if (!isMaskedByColumns(v)) return false;
  const columns = Array.isArray(v.columns) ? (v.columns as ColumnInfoDto[]) : [v as unknown as ColumnInfoDto];
  return columns.some((c) => c.dataClass === freeTextClass);
}

/**
 * Masks an Api result, computing the case's attack sources only when one of its values is an IP to judge (why: after an
 * ingest they are stale, and recomputing them classifies every sign-in, which a result without an IP, such as the new
 * source's row, never needs). A data-view page or facet with free text also looks for the accounts the case's findings
 * name inside it (namedAccounts.ts). Returns the masked value and the masker that masked it (its `shown` is what a reveal showed).
 */
export async function maskResult<T>(db: CaseDb | null, value: T): Promise<{ masked: T; masker: Masker }> {
  const named = db && isPlain(value) && hasFreeText(value) ? await namedAccountsOf(db) : [];
  const quick = await maskerFor(db, true);
  try {
    return { masked: maskDeep(value, quick, named), masker: quick };
  } catch (e) {
    if (!(e instanceof AttackSourcesNeeded)) throw e;
  }
  const masker = await maskerFor(db);
  return { masked: maskDeep(value, masker, named), masker };
}
