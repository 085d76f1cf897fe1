import type { DuckDBConnection } from '@duckdb/node-api';
import type { ApiParsedArg } from '../../../shared/api';
import type { DismissalDto } from '../../../shared/api/infrastructureApi';
import { UserError } from '../../../shared/userError';
import { appendAudit } from '../case/appendAudit';
import { queryOne, queryRows } from '../sql/queryRows';
import { parseIp } from '../intel/parseCidr';

type AddArgs = ApiParsedArg<'addDismissal'>;

/** Lists dismissals, oldest first, each value under its personal key (`source`, `account`) for the Api's masking. */
export async function listDismissals(c: DuckDBConnection): Promise<DismissalDto[]> {
  return queryRows<DismissalDto>(
    c,
    `SELECT id, kind, CASE WHEN kind = 'source' THEN value END AS source, CASE WHEN kind = 'account' THEN value END AS account, note,
            strftime(added_at, '%Y-%m-%dT%H:%M:%SZ') AS "addedAt"
     FROM dismissal_entry ORDER BY id`,
  );
}

/** Dismisses one source address (as the logs spell it) or one account, and audits it; a dismissed value is never doubled. */
export async function addDismissal(c: DuckDBConnection, a: AddArgs): Promise<DismissalDto> {
  if (a.kind === 'source' && !parseIp(a.value)) throw new UserError('invalid_argument', 'A dismissed source must be one IPv4 or IPv6 address.');
  const existing = await queryRows<{ id: number }>(c, `SELECT id FROM dismissal_entry WHERE kind = $kind AND value = $value`, { kind: a.kind, value: a.value });
  if (existing.length > 0) throw new UserError('invalid_argument', `That ${a.kind} is already dismissed (entry ${existing[0]?.id}).`);
  const { id } = await queryOne<{ id: number }>(
    c,
    `INSERT INTO dismissal_entry (kind, value, note, added_at) VALUES ($kind, $value, $note, now()) RETURNING id`,
    { kind: a.kind, value: a.value, note: a.note },
  );
  await appendAudit(c, 'add_dismissal', { id, kind: a.kind, value: a.value, note: a.note });
  const [added] = (await listDismissals(c)).filter((r) => r.id === id);
  if (!added) throw new Error(`dismissal ${id} vanished after insert`);
  return added;
}

/** Removes one dismissal by id, auditing what was removed; refuses an unknown id. */
export async function removeDismissal(c: DuckDBConnection, id: number): Promise<{ removed: true }> {
  const gone = await queryRows<{ kind: string; value: string; note: string }>(c, `DELETE FROM dismissal_entry WHERE id = $id RETURNING kind, value, note`, { id });
  if (gone.length === 0) throw new UserError('not_found', `No dismissal ${id}.`);
  await appendAudit(c, 'remove_dismissal', { id, ...gone[0] });
  return { removed: true };
}
