import type { DuckDBConnection } from '@duckdb/node-api';
import type { CoverageFieldDto, PasswordHashDto, SourceCoverageDto } from '../../../shared/api/coverageApi';
import { queryRows } from '../sql/queryRows';
import { computeCoverage } from './computeCoverage';

/** Reads the stored coverage of ready leak sources (one, or all), computing it first where missing or when asked. */
export async function readCoverage(c: DuckDBConnection, sourceId?: number, recompute = false): Promise<SourceCoverageDto[]> {
  const sources = await queryRows<{ id: number; path: string; done: boolean }>(
    c,
    `SELECT id, path, EXISTS (SELECT 1 FROM coverage_source cs WHERE cs.source_id = s.id) AS done
     FROM sources s WHERE kind = 'leak' AND status = 'ready' AND ($sourceId::INTEGER IS NULL OR id = $sourceId) ORDER BY id`,
    { sourceId: sourceId ?? null },
  );
  const out: SourceCoverageDto[] = [];
  for (const s of sources) {
    if (!s.done || recompute) await computeCoverage(c, s.id);
    const [head] = await queryRows<{ rows: number; subjects: number; subjectColumn: string | null; keyless: number | null }>(
      c,
      `SELECT rows::DOUBLE AS rows, subjects::DOUBLE AS subjects, subject_column AS "subjectColumn", keyless::DOUBLE AS keyless FROM coverage_source WHERE source_id = $sourceId`,
      { sourceId: s.id },
    );
    const fields = await queryRows<CoverageFieldDto>(
      c,
      `SELECT f.column_name AS "column", data_class AS "dataClass", hint_class AS hint,
              CASE WHEN cs.rows = 0 THEN 0 ELSE populated_count / cs.rows END::DOUBLE AS populated,
              CASE WHEN populated_count = 0 THEN 0 ELSE valid_count / populated_count END::DOUBLE AS valid,
              distinct_count::DOUBLE AS "distinct"
       FROM coverage_field f JOIN coverage_source cs USING (source_id) WHERE source_id = $sourceId ORDER BY ordinal`,
      { sourceId: s.id },
    );
    const hashRows = await queryRows<{ column: string; scheme: string; cost: number | null; count: number }>(
      c,
      `SELECT column_name AS "column", scheme, cost, count::DOUBLE AS count FROM coverage_hash WHERE source_id = $sourceId ORDER BY column_name, scheme, cost`,
      { sourceId: s.id },
    );
    const hashes = new Map<string, PasswordHashDto>();
    for (const h of hashRows) {
      const key = `${h.column}\u0000${h.scheme}`;
      const entry = hashes.get(key) ?? { column: h.column, scheme: h.scheme, count: 0, costs: {} };
      entry.count += h.count;
      if (h.cost !== null) entry.costs[String(h.cost)] = (entry.costs[String(h.cost)] ?? 0) + h.count;
      hashes.set(key, entry);
    }
    out.push({
      sourceId: s.id,
      path: s.path,
      rows: head?.rows ?? 0,
      subjects: head?.subjects ?? 0,
      subjectColumn: head?.subjectColumn ?? null,
      keyless: head ? head.keyless : 0,
      fields,
      passwordHashes: [...hashes.values()].sort((a, b) => b.count - a.count),
    });
  }
  return out;
}
