import type { DuckDBConnection } from '@duckdb/node-api';
import type { MemberAccountPageDto, MemberSourcePageDto } from '../../../shared/api/findingEvidence';
import { UserError } from '../../../shared/userError';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';

/** Which member table of a finding: its accounts or its sources. */
export type MemberRole = 'account' | 'source';

/** A page of either member table. */
export type MemberPageDto = MemberAccountPageDto | MemberSourcePageDto;

/** One page of one finding's members, as the Api asks for it. */
export interface MemberPageAsk {
  id: string;
  role: MemberRole;
  offset: number;
  limit: number;
}

/** Each role's columns as the Api returns them (from `finding_member`), in the Api's key order. */
const columns: Record<MemberRole, string> = {
  account: `"user", attempts::DOUBLE AS attempts, peers::DOUBLE AS sources, outcome, leaked, ${sqlIso('first_ts')} AS "firstSeen", ${sqlIso('last_ts')} AS "lastSeen"`,
  source: `ip, attempts::DOUBLE AS attempts, peers::DOUBLE AS accounts, asn, country, range_label AS "rangeLabel", ${sqlIso('first_ts')} AS "firstSeen", ${sqlIso('last_ts')} AS "lastSeen"`,
};

/** Each role's page order: most attempts first, then by account or address. */
const order: Record<MemberRole, string> = { account: `attempts DESC, "user" NULLS FIRST`, source: `attempts DESC, ip NULLS FIRST` };

/** The refusal of an id that names no stored finding, so an empty page always means "no members". */
const notFound = (id: string) => new UserError('not_found', `No finding ${id} in this case.`);

/** One page of one finding's members with the exact total: the statements a single ask costs. */
async function memberPage(c: DuckDBConnection, a: MemberPageAsk): Promise<MemberPageDto> {
  const { found, total } = await queryOne<{ found: number; total: number }>(
    c,
    `SELECT (SELECT count(*) FROM finding WHERE id = $id)::DOUBLE AS found, (SELECT count(*) FROM finding_member WHERE finding_id = $id AND role = $role)::DOUBLE AS total`,
    { id: a.id, role: a.role },
  );
  if (found === 0) throw notFound(a.id);
  const rows = await queryRows<MemberPageDto['rows'][number]>(
    c,
    `SELECT ${columns[a.role]} FROM finding_member WHERE finding_id = $id AND role = $role ORDER BY ${order[a.role]} LIMIT $limit OFFSET $offset`,
    { id: a.id, role: a.role, limit: a.limit, offset: a.offset },
  );
  return { total, rows } as MemberPageDto;
}

/**
 * Many asks' pages at once, each exactly as memberPage answers it alone (or its refusal), in a statement for the
 * totals and one per role for the rows, numbered per ask in each page's order (why: `analyze` asks for the top
 * members of up to 100 findings, which cost 200 rounds of small statements one after another).
 */
export async function memberPages(c: DuckDBConnection, asks: MemberPageAsk[]): Promise<Array<MemberPageDto | UserError>> {
  if (asks.length === 1) {
    try {
      return [await memberPage(c, asks[0] as MemberPageAsk)];
    } catch (e) {
      if (e instanceof UserError) return [e];
      throw e;
    }
  }
  const list = JSON.stringify(asks.map((a, k) => ({ k, id: a.id, role: a.role, off: a.offset, lim: a.limit })));
  const wanted = `(SELECT unnest(from_json($asks, '[{"k":"INTEGER","id":"VARCHAR","role":"VARCHAR","off":"BIGINT","lim":"BIGINT"}]'), recursive := true))`;
  const totals = await queryRows<{ k: number; found: boolean; total: number }>(
    c,
    `SELECT w.k, w.id IN (SELECT id FROM finding) AS found, count(m.finding_id)::DOUBLE AS total
     FROM ${wanted} w LEFT JOIN finding_member m ON m.finding_id = w.id AND m.role = w.role GROUP BY w.k, w.id ORDER BY w.k`,
    { asks: list },
  );
  const pages: Array<MemberPageDto | UserError> = asks.map((a, k) => (totals[k]?.found ? ({ total: totals[k].total, rows: [] } as MemberPageDto) : notFound(a.id)));
  for (const role of ['account', 'source'] as const) {
    if (!asks.some((a) => a.role === role)) continue;
    const rows = await queryRows<{ k: number } & Record<string, unknown>>(
      c,
      `SELECT k, ${columns[role]} FROM (
         SELECT w.k, w.off, w.lim, m.*, row_number() OVER (PARTITION BY w.k ORDER BY ${order[role]}) AS rn
         FROM ${wanted} w JOIN finding_member m ON m.finding_id = w.id AND m.role = w.role WHERE w.role = $role)
       WHERE rn > off AND rn <= off + lim ORDER BY k, rn`,
      { asks: list, role },
    );
    for (const { k, ...row } of rows) {
      const page = pages[k];
      if (page && !(page instanceof UserError)) (page.rows as unknown[]).push(row);
    }
  }
  return pages;
}
