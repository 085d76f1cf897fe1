import type { MemberAccountDto, MemberSourceDto } from '../../../../shared/api/findingEvidence';
import { requireCase } from '../../case/requireCase';
import type { Engine } from '../../createEngine';
import { storeMembers } from '../../findings/storeMembers';

/** A hand-made stored finding for tests that need findings (and their member tables) without running a detector. */
export interface FindingRow {
  id: string;
  kind: string;
  severity?: string;
  ips?: string[];
  users: string[];
  start: string;
  end: string;
  summary?: string;
  evidence?: Record<string, unknown>;
  status?: string;
  members?: { accounts: MemberAccountDto[]; sources: MemberSourceDto[] };
}

/** Inserts hand-made findings and their member tables into the open case, in the given order. */
export async function insertFindingRows(engine: Engine, rows: FindingRow[]): Promise<void> {
  await requireCase(engine.ctx).withConnection(async (c) => {
    for (const [seq, f] of rows.entries()) {
      await c.run(
        `INSERT INTO finding VALUES ($1, $2, $3, $4, from_json($5, '["VARCHAR"]'), from_json($6, '["VARCHAR"]'), $7::TIMESTAMPTZ, $8::TIMESTAMPTZ, $9, $10::JSON, '', '{}'::JSON, $11, NULL, now())`,
        [f.id, seq, f.kind, f.severity ?? 'high', JSON.stringify(f.ips ?? []), JSON.stringify(f.users), f.start, f.end, f.summary ?? `${f.kind} of ${f.users.length} accounts`, JSON.stringify(f.evidence ?? {}), f.status ?? 'new'],
      );
    }
    await storeMembers(
      c,
      rows.map((f) => ({ ...f, kind: f.kind as never, severity: f.severity as never, ips: f.ips ?? [], summary: '', evidence: {}, sql: '', params: {} })),
    );
  });
}

/** A member-table account row with defaults, for hand-made findings. */
export function memberAccount(user: string, o: Partial<MemberAccountDto> = {}): MemberAccountDto {
  return { user, attempts: 1, sources: 1, outcome: 'failed', leaked: true, firstSeen: '2024-03-05T01:00:00Z', lastSeen: '2024-03-05T01:00:00Z', ...o };
}
