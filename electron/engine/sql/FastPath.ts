import type { DuckDBConnection } from '@duckdb/node-api';

/** What a fast path says to a request: the answer, or 'no' when it cannot answer this one exactly. */
export type FastAnswer<Res> = { answer: Res } | 'no';

/**
 * A faster way to answer a question a feature can always answer with its own plain SQL (from a rollup built at
 * ingest, a seek index, a cache). Its answer must equal the plain SQL's, always: each fast path has one test saying so.
 * 'no' is a decision the path takes on what it can see (range not aligned, rollup missing or stale, table not
 * indexed yet…), never a caught error: an unexpected error surfaces to the caller like one of the plain SQL's.
 */
export interface FastPath<Req, Res> {
  answer(c: DuckDBConnection, req: Req): Promise<FastAnswer<Res>>;
}

/** Answers `req` through `fast`, or with the feature's plain SQL when it says no: the one place where a feature picks its way. */
export async function fastOrPlain<Req, Res>(
  c: DuckDBConnection,
  req: Req,
  fast: FastPath<Req, Res>,
  plain: (c: DuckDBConnection, req: Req) => Promise<Res>,
): Promise<Res> {
  const got = await fast.answer(c, req);
  return got === 'no' ? plain(c, req) : got.answer;
}
