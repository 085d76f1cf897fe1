import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { ReadMemo } from '../../db/ReadMemo';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { derivedStateTable } from '../../db/derivedState';
import { queryOne } from '../../sql/queryRows';
import { classifySignins } from './classifySignins';

/** Member rows (accounts and sources of every finding) a kept classification holds at most; beyond, each reader classifies again. */
const maxKeptMembers = 1_000_000;

/**
 * Everything classifySignins reads besides its parameters, as one comparable string: the sign-in rows and sources,
 * the rollups' state, the leak tables and their coverage (which leak columns hold identities), the analyst's
 * dismissals and known infrastructure, and the IP intel's build state. Row counts stand for the log and leak tables
 * (they change only by loads and removals, which are write turns); the small analyst and coverage tables are hashed whole.
 */
export async function classificationStamp(c: DuckDBConnection): Promise<string> {
  const hashed = (table: string, cols: string) => `(SELECT count(*) || ':' || coalesce(sum(hash(${cols}))::VARCHAR, '') FROM ${table})`;
  const listed = (sql: string) => `coalesce((${sql}), '')`;
  const { stamp } = await queryOne<{ stamp: string }>(
    c,
    `SELECT concat_ws('|',
       (SELECT count(*) FROM signin),
       ${listed(`SELECT string_agg(id || ':' || kind || ':' || status || ':' || rows_loaded, ',' ORDER BY id) FROM sources`)},
       ${listed(`SELECT string_agg(name || ':' || base_rows || ':' || sources::VARCHAR, ',' ORDER BY name) FROM ${derivedStateTable}`)},
       ${listed(`SELECT string_agg(schema_name || '.' || table_name || ':' || estimated_size || ':' || column_count, ',' ORDER BY schema_name, table_name)
                 FROM duckdb_tables() WHERE (schema_name = 'main' AND regexp_full_match(table_name, 'leak_[0-9]+')) OR table_name = 'source_intel'`)},
       ${listed(`SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE view_name IN ('known_source', 'dismissed')`)},
       ${hashed('coverage_field', 'source_id, column_name, data_class')},
       ${hashed('dismissal_entry', 'id, kind, value')},
       ${hashed('known_infrastructure_entry', 'id, kind, family, cidr_start, cidr_end, account')},
       ${listed(`SELECT string_agg(state, ',') FROM intel.source_intel_state`)}) AS stamp`,
  );
  return stamp;
}

/**
 * classifySignins computed once per case state between two write turns (why: `analyze` classifies for its findings,
 * then again for its exposure, and a report for its findings and its exposure): kept in the case's read memo under the
 * parameters and the classificationStamp, and only when that stamp did not change while it ran. Each caller gets its
 * own copy (the detectors' post-processing edits findings in place). Without a memo (inside a write turn) it just classifies.
 */
export async function classifySigninsOnce(c: DuckDBConnection, p: SpikeParams, memo: ReadMemo | undefined): Promise<DetectedFinding[]> {
  if (!memo) return classifySignins(c, p);
  const stamp = await classificationStamp(c);
  const found = await memo.get(
    `classifySignins\u0000${JSON.stringify(p)}\u0000${stamp}`,
    async () => {
      const findings = await classifySignins(c, p);
      return { findings, unchanged: (await classificationStamp(c)) === stamp };
    },
    ({ findings, unchanged }) => unchanged && findings.reduce((n, f) => n + (f.members?.accounts.length ?? 0) + (f.members?.sources.length ?? 0), 0) <= maxKeptMembers,
  );
  return structuredClone(found.findings);
}
