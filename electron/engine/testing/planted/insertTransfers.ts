import { DuckDBTimestampTZValue } from '@duckdb/node-api';
import { requireCase } from '../../case/requireCase';
import type { Engine } from '../../createEngine';

/** One synthetic transfer for tests; `ts` is epoch milliseconds (UTC), `bytes` null for logs without byte counts. */
export interface TransferFixture {
  ts: number;
  user: string | null;
  bytes: number | null;
  action?: string;
}

/** Appends synthetic rows straight into `transfer` (the loaders are tested elsewhere), as source `sourceId`. */
export async function insertTransfers(engine: Engine, rows: TransferFixture[], sourceId = 1): Promise<void> {
  await requireCase(engine.ctx).withConnection(async (c) => {
    const a = await c.createAppender('transfer');
    rows.forEach((r, i) => {
      a.appendTimestampTZ(new DuckDBTimestampTZValue(BigInt(r.ts) * 1000n));
      if (r.user === null) a.appendNull();
      else a.appendVarchar(r.user);
      if (r.bytes === null) a.appendNull();
      else a.appendBigInt(BigInt(r.bytes));
      a.appendVarchar(r.action ?? 'download');
      a.appendNull();
      a.appendNull();
      a.appendInteger(sourceId);
      a.appendBigInt(BigInt(i + 1));
      a.endRow();
    });
    a.closeSync();
  });
}
