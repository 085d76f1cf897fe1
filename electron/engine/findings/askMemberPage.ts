import { UserError } from '../../../shared/userError';
import type { CaseDb } from '../db/CaseDb';
import { memberPages, type MemberPageAsk, type MemberPageDto } from './readMembers';

/** An ask waiting for the read of its turn, with how to answer it. */
interface Waiting {
  ask: MemberPageAsk;
  resolve: (page: MemberPageDto) => void;
  reject: (e: unknown) => void;
}

/** Per case, the asks made in the current turn of the event loop, read together at its end. */
const waiting = new WeakMap<CaseDb, Waiting[]>();

/**
 * One page of a stored finding's members, read together with every other page asked of the same case in the same turn
 * of the event loop (why: `analyze` asks for the top accounts and sources of up to 100 findings at once, and one read
 * of them all replaces 200 rounds of small statements). Each ask still gets exactly its own page, or its own refusal.
 */
export function askMemberPage(db: CaseDb, ask: MemberPageAsk): Promise<MemberPageDto> {
  return new Promise((resolve, reject) => {
    const queued = waiting.get(db);
    if (queued) {
      queued.push({ ask, resolve, reject });
      return;
    }
    const turn: Waiting[] = [{ ask, resolve, reject }];
    waiting.set(db, turn);
    setImmediate(() => {
      waiting.delete(db);
      db.withConnection((c) => memberPages(c, turn.map((w) => w.ask))).then(
        (pages) => pages.forEach((page, i) => (page instanceof UserError ? turn[i]?.reject(page) : turn[i]?.resolve(page))),
        (e: unknown) => {
          for (const w of turn) w.reject(e);
        },
      );
    });
  });
}
