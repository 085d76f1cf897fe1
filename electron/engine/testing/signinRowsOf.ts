import type { Engine } from '../createEngine';
import { sqlOn } from './sqlOn';

/** One loaded sign-in as loader tests compare it with the file: the line its record starts at, account, address, outcome, reason, UTC time. */
export interface SigninRow {
  line: number;
  u: string;
  ip: string | null;
  ok: boolean | null;
  r: string | null;
  t: string;
}

/** The sign-ins a source loaded, in the order of its file, as SigninRow (for loaders that record each record's line in raw_ref). */
export function signinRowsOf(engine: Engine, sourceId: number): Promise<SigninRow[]> {
  return sqlOn<SigninRow>(
    engine,
    `SELECT raw_ref::INTEGER AS line, "user" AS u, ip, success AS ok, failure_reason AS r, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t
     FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`,
    { sourceId },
  );
}
