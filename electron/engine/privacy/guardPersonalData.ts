import { apiArgs, apiMethods, type Api, type ApiMethod } from '../../../shared/api';
import { UserError } from '../../../shared/userError';
import type { EngineApi } from '../EngineApi';
import { parseArgs } from '../parseArgs';
import { appendAudit } from '../case/appendAudit';
import type { EngineContext } from '../case/CaseContext';
import { requireTable } from '../data/caseTables';
import { AttackSourcesNeeded, maskerFor } from './casePrivacy';
import { maskDeep } from './maskDeep';
import { maskResult } from './maskResult';
import type { Masker } from './Masker';
import { personalKeys } from './personalRule';
import { isPseudonym } from './pseudonym';

declare const guarded: unique symbol;
/** Api whose every result passed the personal-data rule: the only kind a transport (IPC, HTTP, CLI) may serve. */
export type GuardedApi = Api & { readonly [guarded]: true };

type Arg = Record<string, unknown>;
type Filter = { column: string; op: string; value: string };

/** The clear value behind a pseudonym in an argument, refused clearly when this case never handed it out. */
function clearOf(m: Masker, v: string): string {
  if (!isPseudonym(v)) return v;
  const value = m.resolve(v);
  if (value === undefined) throw new UserError('not_found', `The masked value ${v} is not one this case showed; reload the view and pick it again.`);
  return value;
}

/** Replaces pseudonyms under personal keys of an argument (drill-down users and IPs) by the values they stand for. */
function resolveKeys(arg: Arg, m: Masker): Arg {
  return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, personalKeys[k] && typeof v === 'string' ? clearOf(m, v) : v]));
}

/**
 * Filters never answer about masked content: without a reveal, a filter by content (`eq`, `contains`) on a personal or
 * free-text column is refused, except `eq` with a pseudonym the view showed (or a clear attack source), which matches
 * exactly the rows that show that pseudonym.
 */
async function checkFilters(ctx: EngineContext, arg: Arg, m: Masker, revealed: boolean): Promise<Arg> {
  const filters = arg.filters as Filter[] | undefined;
  if (!ctx.caseDb || typeof arg.table !== 'string' || !filters?.some((f) => f.op === 'eq' || f.op === 'contains')) return arg;
  const table = await ctx.caseDb.withConnection((c) => requireTable(c, arg.table as string));
  const checked = filters.map((f) => {
    const col = table.columns.find((c) => c.name === f.column);
    // A pseudonym names one value in a revealed view too (a drill-down opened while masked keeps working once revealed).
    if (f.op === 'eq' && isPseudonym(f.value)) return { ...f, value: clearOf(m, f.value) };
    if (revealed || !col?.masked || (f.op !== 'eq' && f.op !== 'contains')) return f;
    if (f.op === 'eq' && col.dataClass === 'IP addresses' && m.isAttackSource(f.value)) return f;
    throw new UserError('forbidden', `${table.name}.${f.column} is masked: filter it by a masked value the view shows, or reveal personal data (audited) to filter by its content.`);
  });
  return { ...arg, filters: checked };
}

/**
 * What a reveal's audit entry records of its argument: the caller's (pseudonyms as given), its personal keys masked and
 * the content of each filter on a masked column masked whole, since the audit trail is read in the data view without a
 * reveal and must hold no clear value (the filtered value is named by its pseudonym, as the values shown are).
 */
async function auditedArg(ctx: EngineContext, arg: Arg, m: Masker): Promise<Arg> {
  const filters = arg.filters as Filter[] | undefined;
  if (!ctx.caseDb || typeof arg.table !== 'string' || !filters?.some((f) => f.value !== '')) return maskDeep(arg, m);
  const table = await ctx.caseDb.withConnection((c) => requireTable(c, arg.table as string));
  const masked = filters.map((f) => {
    const col = table.columns.find((c) => c.name === f.column);
    if (!col?.masked || f.value === '') return f;
    return { ...f, value: col.dataClass === 'IP addresses' ? m.ip(f.value) : m.identity(f.value) };
  });
  return maskDeep({ ...arg, filters: masked }, m);
}

/** Runs one method with its arguments made clear, then masks the result unless this call is a reveal, which is audited. */
async function guardedCall(ctx: EngineContext, raw: EngineApi, method: ApiMethod, arg: Arg, view: string | null): Promise<unknown> {
  const fn = raw[method] as ((a: Arg) => Promise<unknown>) | undefined;
  if (!fn) throw new UserError('not_found', `Unknown method "${method}".`);
  const reveal = view ?? (arg.reveal === true ? `data:${String(arg.table ?? method)}` : null);
  const namesValues = Array.isArray(arg.filters) || Object.keys(arg).some((k) => personalKeys[k] !== undefined);
  const before = namesValues ? await maskerFor(ctx.caseDb) : null;
  const clearArg = before ? await checkFilters(ctx, resolveKeys(arg, before), before, reveal !== null) : arg;
  const result = await fn.call(raw, clearArg);
  const { masked, masker: m } = await maskResult(ctx.caseDb, result);
  if (reveal === null) return masked;
  const shown = [...m.shown];
  // The result's masker, attack sources deferred, unless the argument holds an IP to judge (a reveal of a page must not classify every sign-in).
  const audited = await auditedArg(ctx, arg, before ?? m).catch(async (e: unknown) => {
    if (!(e instanceof AttackSourcesNeeded)) throw e;
    return auditedArg(ctx, arg, await maskerFor(ctx.caseDb));
  });
  await ctx.caseDb?.withConnection((c) => appendAudit(c, 'reveal_pii', { view: reveal, method, arg: audited, shown: { values: shown.length, pseudonyms: shown.slice(0, 1000) } }));
  return result;
}

/**
 * Wraps the implementation so that every method parses its argument (parseArgs: the schema's defaults and refusals,
 * before anything runs), its result passes the personal-data rule (personalRule.ts) and `revealCall` is the one way to
 * see clear values. Built over the method list, so a method added to Api is covered without a change here.
 */
export function guardPersonalData(ctx: EngineContext, raw: EngineApi): GuardedApi {
  const out: Record<string, (a: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    if (method === 'revealCall') {
      out.revealCall = async (a) => {
        const { view, method: inner, arg } = parseArgs('revealCall', a);
        if (!Object.hasOwn(apiArgs, inner) || inner === 'revealCall') throw new UserError('invalid_argument', `revealCall: invalid argument at method: no method "${inner.slice(0, 64)}" to reveal.`);
        return guardedCall(ctx, raw, inner as ApiMethod, parseArgs(inner as ApiMethod, arg, { caller: 'revealCall', key: 'arg' }) as Arg, view);
      };
    } else out[method] = async (a) => guardedCall(ctx, raw, method, parseArgs(method, a) as Arg, null);
  }
  return out as unknown as GuardedApi;
}
