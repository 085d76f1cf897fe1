import { DuckDBTimestampTZValue, type DuckDBAppender } from '@duckdb/node-api';
import { requireCase } from '../../case/requireCase';
import type { Engine } from '../../createEngine';

/** One synthetic sign-in for tests; `ts` is epoch milliseconds (UTC). */
export interface SigninFixture {
  ts: number;
  user: string | null;
  ip: string | null;
  /** Null for an event of unknown outcome (Windows 4648). */
  success: boolean | null;
  failureReason?: string | null;
  resultCode?: string | null;
  userAgent?: string | null;
  app?: string | null;
}

/** Appends a nullable string to the current row. */
function text(a: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

/** Appends synthetic rows straight into `signin` (the loaders are tested elsewhere), as source `sourceId`. */
export async function insertSignins(engine: Engine, rows: SigninFixture[], sourceId = 1): Promise<void> {
  await requireCase(engine.ctx).withConnection(async (c) => {
    const a = await c.createAppender('signin');
    rows.forEach((r, i) => {
      a.appendTimestampTZ(new DuckDBTimestampTZValue(BigInt(r.ts) * 1000n));
      text(a, r.user);
      text(a, r.ip);
      if (r.success === null) a.appendNull();
      else a.appendBoolean(r.success);
      text(a, r.success !== false ? null : (r.failureReason ?? 'bad_password'));
      text(a, r.resultCode ?? (r.success === null ? null : r.success ? '0' : '50126'));
      text(a, r.app ?? 'portal');
      text(a, r.userAgent ?? 'Mozilla/5.0');
      a.appendNull();
      a.appendNull();
      a.appendInteger(sourceId);
      a.appendBigInt(BigInt(i + 1));
      a.endRow();
    });
    a.closeSync();
  });
}
