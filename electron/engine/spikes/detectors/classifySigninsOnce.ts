import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { ReadMemo } from '../../db/ReadMemo';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { derivedStateTable } from '../../db/derivedState';
import { queryOne, queryRows } from '../../sql/queryRows';
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
 * A deep copy of plain objects and lists that shares their strings and other values (why: each caller edits its own
 * findings, and a structured clone would also copy every finding's SQL text, tens of megabytes on a large case).
 */
function copyOf<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyOf) as T;
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = copyOf(x);
  return out as T;
}

/**
 * classifySignins computed once per case state between two write turns (why: `analyze` classifies for its findings,
 * then again for its exposure, and a report for its findings and its exposure): kept in the case's read memo under the
 * parameters and the classificationStamp, and only when that stamp did not change while it ran. Shared: callers copy
 * or only read it. Without a memo (inside a write turn) it just classifies.
 */
async function sharedClassification(c: DuckDBConnection, p: SpikeParams, memo: ReadMemo | undefined): Promise<DetectedFinding[]> {
  if (!memo) return classifySignins(c, p);
  // A case without a sign-in has nothing to classify, and its stamp (two reads of the catalogue per caller) buys nothing.
  if ((await queryRows(c, `SELECT 1 FROM signin LIMIT 1`)).length === 0) return [];
  const stamp = await classificationStamp(c);
  const found = await memo.get(
    `classifySignins\u0000${JSON.stringify(p)}\u0000${stamp}`,
    async () => {
      const findings = await classifySignins(c, p);
      return { findings, unchanged: (await classificationStamp(c)) === stamp };
    },
    ({ findings, unchanged }) => unchanged && findings.reduce((n, f) => n + (f.members?.accounts.length ?? 0) + (f.members?.sources.length ?? 0), 0) <= maxKeptMembers,
  );
  return found.findings;
}

/** The sign-in classification, computed once per case state (sharedClassification), as the caller's own copy to edit. */
export async function classifySigninsOnce(c: DuckDBConnection, p: SpikeParams, memo: ReadMemo | undefined): Promise<DetectedFinding[]> {
  return memo ? copyOf(await sharedClassification(c, p, memo)) : classifySignins(c, p);
}

/** The kind and addresses of each finding of the classification computed once per case state, read-only: what a caller that only collects attack sources needs, without a copy. */
export async function classifiedSources(c: DuckDBConnection, p: SpikeParams, memo: ReadMemo | undefined): Promise<ReadonlyArray<{ readonly kind: string; readonly ips: readonly string[] }>> {
  return sharedClassification(c, p, memo);
}
