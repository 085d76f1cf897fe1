import type { DuckDBConnection } from '@duckdb/node-api';
import { expect } from 'vitest';
import type { FastPath } from '../sql/FastPath';

/**
 * Asks a fast path every request and checks each answer it gives equals the plain SQL's; returns how many it answered
 * and which it declined, so a test also proves the path was taken (a fast path that always says no would pass otherwise).
 */
export async function fastEqualsPlain<Req, Res>(
  c: DuckDBConnection,
  fast: FastPath<Req, Res>,
  plain: (c: DuckDBConnection, req: Req) => Promise<Res>,
  requests: Req[],
): Promise<{ answered: number; declined: Req[] }> {
  let answered = 0;
  const declined: Req[] = [];
  for (const req of requests) {
    const got = await fast.answer(c, req);
    if (got === 'no') {
      declined.push(req);
      continue;
    }
    expect(got.answer, JSON.stringify(req)).toEqual(await plain(c, req));
    answered++;
  }
  return { answered, declined };
}
