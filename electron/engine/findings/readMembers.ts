import type { DuckDBConnection } from '@duckdb/node-api';
import type { MemberAccountPageDto, MemberSourcePageDto } from '../../../shared/api/findingEvidence';
import { UserError } from '../../../shared/userError';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';

/** Refuses an id that names no stored finding, so an empty page always means "no members". */
async function requireFinding(c: DuckDBConnection, id: string): Promise<void> {
  const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM finding WHERE id = $id`, { id });
  if (n === 0) throw new UserError('not_found', `No finding ${id} in this case.`);
}

/** One page of every account a stored finding names, most attempts first, with the exact total. */
export async function findingAccounts(c: DuckDBConnection, a: { id: string; offset: number; limit: number }): Promise<MemberAccountPageDto> {
  await requireFinding(c, a.id);
  const where = `finding_id = $id AND role = 'account'`;
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM finding_member WHERE ${where}`, { id: a.id });
  const rows = await queryRows<MemberAccountPageDto['rows'][number]>(
    c,
    `SELECT "user", attempts::DOUBLE AS attempts, peers::DOUBLE AS sources, outcome, leaked, ${sqlIso('first_ts')} AS "firstSeen", ${sqlIso('last_ts')} AS "lastSeen"
     FROM finding_member WHERE ${where} ORDER BY attempts DESC, "user" NULLS FIRST LIMIT $limit OFFSET $offset`,
    { id: a.id, limit: a.limit, offset: a.offset },
  );
  return { total, rows };
}

/** One page of every source a stored finding names, most attempts first, with the exact total. */
export async function findingSources(c: DuckDBConnection, a: { id: string; offset: number; limit: number }): Promise<MemberSourcePageDto> {
  await requireFinding(c, a.id);
  const where = `finding_id = $id AND role = 'source'`;
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM finding_member WHERE ${where}`, { id: a.id });
  const rows = await queryRows<MemberSourcePageDto['rows'][number]>(
    c,
    `SELECT ip, attempts::DOUBLE AS attempts, peers::DOUBLE AS accounts, asn, country, range_label AS "rangeLabel",
            ${sqlIso('first_ts')} AS "firstSeen", ${sqlIso('last_ts')} AS "lastSeen"
     FROM finding_member WHERE ${where} ORDER BY attempts DESC, ip NULLS FIRST LIMIT $limit OFFSET $offset`,
    { id: a.id, limit: a.limit, offset: a.offset },
  );
  return { total, rows };
}
