import { UserError } from '../../../shared/userError';
import type { CaseDb } from '../db/CaseDb';
import { batchPerTurn } from '../db/batchPerTurn';
import { memberPages, type MemberPageAsk, type MemberPageDto } from './readMembers';

/** Per case, the member pages asked in the current turn of the event loop. */
const batches = new WeakMap<CaseDb, (ask: MemberPageAsk) => Promise<MemberPageDto | UserError>>();

/**
 * One page of a stored finding's members, read together with every other page asked of the same case in the same turn
 * of the event loop (why: `analyze` asks for the top accounts and sources of up to 100 findings at once, and one read
 * of them all replaces 200 rounds of small statements). Each ask still gets exactly its own page, or its own refusal.
 */
export async function askMemberPage(db: CaseDb, ask: MemberPageAsk): Promise<MemberPageDto> {
  let batch = batches.get(db);
  if (!batch) {
    batch = batchPerTurn((asks: MemberPageAsk[]) => db.withConnection((c) => memberPages(c, asks)));
    batches.set(db, batch);
  }
  const page = await batch(ask);
  if (page instanceof UserError) throw page;
  return page;
}
