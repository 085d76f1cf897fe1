import type { DuckDBConnection } from '@duckdb/node-api';
import type { ApiParsedArg } from '../../../shared/api';
import type { KnownInfrastructureDto } from '../../../shared/api/infrastructureApi';
import { UserError } from '../../../shared/userError';
import { appendAudit } from '../case/appendAudit';
import { queryOne, queryRows } from '../sql/queryRows';
import { parseCidr } from '../intel/parseCidr';

type AddArgs = ApiParsedArg<'addKnownInfrastructure'>;

/** The CIDR text of inclusive bounds, e.g. `203.0.113.0/24`, `2001:db8::/32`. */
function cidrText(family: 4 | 6, start: bigint, end: bigint): string {
  const bits = family === 4 ? 32 : 128;
  const prefix = bits - (end - start + 1n).toString(2).length + 1;
  if (family === 4) return `${[24n, 16n, 8n, 0n].map((s) => (start >> s) & 255n).join('.')}/${prefix}`;
  const groups = Array.from({ length: 8 }, (_, i) => ((start >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  const text = groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::').replace(/:{3,}/, '::');
  return `${text}/${prefix}`;
}

/** Lists known infrastructure, oldest first, the account under its personal key for the Api's masking. */
export async function listKnownInfrastructure(c: DuckDBConnection): Promise<KnownInfrastructureDto[]> {
  return queryRows<KnownInfrastructureDto>(
    c,
    `SELECT id, kind, cidr, account, note, strftime(added_at, '%Y-%m-%dT%H:%M:%SZ') AS "addedAt" FROM known_infrastructure_entry ORDER BY id`,
  );
}

/**
 * Records one piece of known infrastructure and audits it. An egress range or VPN needs a CIDR (or one address); a
 * service account needs the account, with an optional range it signs in from.
 */
export async function addKnownInfrastructure(c: DuckDBConnection, a: AddArgs): Promise<KnownInfrastructureDto> {
  const range = a.cidr === undefined ? null : parseCidr(a.cidr);
  if (a.cidr !== undefined && !range) {
    throw new UserError('invalid_argument', `"${a.cidr}" is not an IPv4 or IPv6 address or CIDR block (expected e.g. 203.0.113.0/24 or 2001:db8::/32).`);
  }
  if (a.kind !== 'service_account' && !range) throw new UserError('invalid_argument', `A known ${a.kind} needs its address range as CIDR (e.g. 203.0.113.0/24).`);
  if (a.kind === 'service_account' && !a.account) throw new UserError('invalid_argument', 'A known service account needs the account name.');
  const cidr = range ? cidrText(range.family, range.start, range.end) : null;
  const { id } = await queryOne<{ id: number }>(
    c,
    `INSERT INTO known_infrastructure_entry (kind, cidr, family, cidr_start, cidr_end, account, note, added_at)
     VALUES ($kind, $cidr, $family, CAST($start AS UHUGEINT), CAST($end AS UHUGEINT), $account, $note, now()) RETURNING id`,
    { kind: a.kind, cidr, family: range?.family ?? null, start: range?.start.toString() ?? null, end: range?.end.toString() ?? null, account: a.account ?? null, note: a.note },
  );
  await appendAudit(c, 'add_known_infrastructure', { id, kind: a.kind, cidr, account: a.account ?? null, note: a.note });
  const [added] = (await listKnownInfrastructure(c)).filter((r) => r.id === id);
  if (!added) throw new Error(`known infrastructure ${id} vanished after insert`);
  return added;
}

/** Removes one piece of known infrastructure by id, auditing what was removed; refuses an unknown id. */
export async function removeKnownInfrastructure(c: DuckDBConnection, id: number): Promise<{ removed: true }> {
  const gone = await queryRows<{ kind: string; cidr: string | null; account: string | null; note: string }>(
    c,
    `DELETE FROM known_infrastructure_entry WHERE id = $id RETURNING kind, cidr, account, note`,
    { id },
  );
  if (gone.length === 0) throw new UserError('not_found', `No known infrastructure entry ${id}.`);
  await appendAudit(c, 'remove_known_infrastructure', { id, ...gone[0] });
  return { removed: true };
}
