import type { DuckDBConnection } from '@duckdb/node-api';

/** Appends one entry to the case's append-only audit trail. */
export async function appendAudit(c: DuckDBConnection, action: string, detail: Record<string, unknown>): Promise<void> {
  await c.run(`INSERT INTO audit VALUES (now(), $actor, $action, $detail::JSON)`, { actor: 'analyst', action, detail: JSON.stringify(detail) });
}
