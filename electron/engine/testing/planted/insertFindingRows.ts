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

/** Inserts hand-made findings and their member tables into the open case, in the given order, in one statement. */
export async function insertFindingRows(engine: Engine, rows: FindingRow[]): Promise<void> {
  await requireCase(engine.ctx).withConnection(async (c) => {
    const staged = rows.map((f, seq) => ({
      id: f.id,
      seq,
      kind: f.kind,
      severity: f.severity ?? 'high',
      ips: f.ips ?? [],
      users: f.users,
      start: f.start,
      end: f.end,
      summary: f.summary ?? `${f.kind} of ${f.users.length} accounts`,
      evidence: JSON.stringify(f.evidence ?? {}),
      status: f.status ?? 'new',
    }));
    await c.run(
      `INSERT INTO finding (id, seq, kind, severity, ips, users, start_ts, end_ts, summary, evidence, status, note, updated_at)
       SELECT r.id, r.seq, r.kind, r.severity, r.ips, r.users, r.start::TIMESTAMPTZ, r."end"::TIMESTAMPTZ, r.summary, r.evidence::JSON, r.status, NULL, now()
       FROM (SELECT unnest(from_json($1, '[{"id":"VARCHAR","seq":"INTEGER","kind":"VARCHAR","severity":"VARCHAR","ips":["VARCHAR"],"users":["VARCHAR"],"start":"VARCHAR","end":"VARCHAR","summary":"VARCHAR","evidence":"VARCHAR","status":"VARCHAR"}]')) AS r)
       ORDER BY r.seq`,
      [JSON.stringify(staged)],
    );
    await storeMembers(
      c,
      rows.map((f) => ({ ...f, kind: f.kind as never, severity: f.severity as never, ips: f.ips ?? [], summary: '', evidence: {}, sql: '', params: {} })),
    );
  });
}

/** A member-table account row with defaults, for hand-made findings: whether it is in the leak unknown (null, as when no leak is loaded) unless given. */
export function memberAccount(user: string, o: Partial<MemberAccountDto> = {}): MemberAccountDto {
  return { user, attempts: 1, sources: 1, outcome: 'failed', leaked: null, firstSeen: '2024-03-05T01:00:00Z', lastSeen: '2024-03-05T01:00:00Z', ...o };
}
