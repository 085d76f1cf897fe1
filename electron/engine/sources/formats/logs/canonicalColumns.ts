import type { SourceKind } from '../../../../../shared/api/sourcesApi';

/** Columns of the canonical `signin` table a loader fills (source_id and raw_ref are added by the engine). */
export const signinColumns = ['ts', 'user', 'ip', 'success', 'failure_reason', 'result_code', 'app', 'user_agent', 'country', 'asn'] as const;
/** Columns of the canonical `transfer` table a loader fills. */
export const transferColumns = ['ts', 'user', 'bytes', 'action', 'object', 'ip'] as const;

/** A canonical column of either table. */
export type CanonicalColumn = (typeof signinColumns)[number] | (typeof transferColumns)[number];

/** The canonical table of a log kind and its columns. */
export function canonicalTable(kind: SourceKind): { table: 'signin' | 'transfer'; columns: readonly CanonicalColumn[] } {
  if (kind === 'signin') return { table: 'signin', columns: signinColumns };
  if (kind === 'transfer') return { table: 'transfer', columns: transferColumns };
  throw new Error(`No canonical log table for kind ${kind}`);
}
