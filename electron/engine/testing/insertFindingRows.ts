import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { findingSchema } from '../detect/findingSchema';

/** A hand-made stored finding for tests that need findings without running a detector. */
export interface FindingRow {
  id: string;
  kind: string;
  severity?: string;
  ips?: string[];
  users: string[];
  start: string;
  end: string;
  evidence?: Record<string, unknown>;
  status?: string;
  /** Accounts of the complete member table when it holds more than the `users` preview. */
  memberAccounts?: string[];
}

/** Inserts hand-made findings into the open case's finding table, in the given order. */
export async function insertFindingRows(engine: Engine, rows: FindingRow[]): Promise<void> {
  await requireCase(engine.ctx).withConnection(async (c) => {
    await c.run(findingSchema);
    for (const [seq, f] of rows.entries()) {
      await c.run(
        `INSERT INTO finding VALUES ($1, $2, $3, $4, from_json($5, '["VARCHAR"]'), from_json($6, '["VARCHAR"]'), $7::TIMESTAMPTZ, $8::TIMESTAMPTZ, $9, $10::JSON, '', '{}'::JSON, $11, NULL, now())`,
        [f.id, seq, f.kind, f.severity ?? 'high', JSON.stringify(f.ips ?? []), JSON.stringify(f.users), f.start, f.end, `${f.kind} of ${f.users.length} accounts`, JSON.stringify(f.evidence ?? {}), f.status ?? 'new'],
      );
      for (const user of f.memberAccounts ?? []) {
        await c.run(`INSERT INTO finding_member (finding_id, role, "user", attempts, peers, outcome, first_ts, last_ts) VALUES ($1, 'account', $2, 1, 1, 'failed', $3::TIMESTAMPTZ, $4::TIMESTAMPTZ)`, [f.id, user, f.start, f.end]);
      }
    }
  });
}
