import type { DuckDBConnection } from '@duckdb/node-api';
import type { FindingDto, FindingStatus } from '../../../shared/api/findingsApi';
import { UserError } from '../../../shared/userError';
import { appendAudit } from '../case/appendAudit';
import { readFinding } from './readFindings';

/** Records the analyst's verdict and/or note on a finding, and audits the change. */
export async function updateFinding(c: DuckDBConnection, u: { id: string; status?: FindingStatus | undefined; note?: string | null | undefined }): Promise<FindingDto> {
  const before = await readFinding(c, u.id);
  if (!before) throw new UserError('not_found', `No finding ${u.id} in this case.`);
  const status = u.status ?? before.status;
  const note = u.note === undefined ? before.note : u.note;
  await c.run(`UPDATE finding SET status = $status, note = $note, updated_at = now() WHERE id = $id`, { id: u.id, status, note });
  await appendAudit(c, 'update_finding', { id: u.id, kind: before.kind, from: { status: before.status, note: before.note }, to: { status, note } });
  return (await readFinding(c, u.id)) as FindingDto;
}
