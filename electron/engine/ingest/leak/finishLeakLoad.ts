import type { DuckDBConnection } from '@duckdb/node-api';
import { computeCoverage } from '../../coverage/computeCoverage';
import { numberLeakLines } from './numberLeakLines';

/**
 * Last step of every leak load, inside its transaction: compute and store the source's PII coverage.
 * A table from createLeakTable passes its first data line: when the coverage scan finds a field holding
 * a newline, `_line` is renumbered exactly (numberLeakLines); otherwise its one-line-per-record numbering is already exact.
 */
export async function finishLeakLoad(c: DuckDBConnection, sourceId: number, firstLine?: number): Promise<void> {
  const { valuesWithNewlines } = await computeCoverage(c, sourceId);
  if (firstLine !== undefined && valuesWithNewlines > 0) await numberLeakLines(c, sourceId, firstLine);
}
