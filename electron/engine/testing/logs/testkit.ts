import fs from 'node:fs';
import type { Engine } from '../../createEngine';
import { sqlOn } from '../sqlOn';

/** Sign-in figures of one source, for assertions: rows, successes and failures by reason. */
export async function signinTally(engine: Engine, sourceId: number): Promise<{ rows: number; successes: number; failures: Record<string, number> }> {
  const rows = await sqlOn<{ success: boolean | null; reason: string | null; n: number }>(
    engine,
    `SELECT success, failure_reason AS reason, count(*)::INTEGER AS n FROM signin WHERE source_id = $1 GROUP BY ALL ORDER BY ALL`,
    [sourceId],
  );
  const failures: Record<string, number> = {};
  let successes = 0;
  let total = 0;
  for (const r of rows) {
    total += r.n;
    if (r.success) successes += r.n;
    else failures[r.reason ?? 'null'] = (failures[r.reason ?? 'null'] ?? 0) + r.n;
  }
  return { rows: total, successes, failures };
}

/** Transfer figures of one source: rows, summed bytes (NULL-free sum), rows without bytes, distinct users. */
export async function transferTally(engine: Engine, sourceId: number): Promise<{ rows: number; bytes: number; noBytes: number; users: number }> {
  const [r] = await sqlOn<{ rows: number; bytes: number; noBytes: number; users: number }>(
    engine,
    `SELECT count(*)::INTEGER AS rows, coalesce(sum(bytes), 0)::DOUBLE AS bytes, count(*) FILTER (WHERE bytes IS NULL)::INTEGER AS "noBytes",
            count(DISTINCT "user")::INTEGER AS users FROM transfer WHERE source_id = $1`,
    [sourceId],
  );
  return r as { rows: number; bytes: number; noBytes: number; users: number };
}

/** Reads a JSON-lines file in the test (small corpus files only) as parsed records with their line numbers. */
export function jsonLines(file: string): Array<{ line: number; record: Record<string, unknown> }> {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ line: l.line, record: JSON.parse(l.text) as Record<string, unknown> }));
}
