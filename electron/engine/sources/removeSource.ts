import type { DuckDBConnection } from '@duckdb/node-api';
import { exportParamsSchema, spikeParamsSchema } from '../../../shared/api/detectParams';
import type { RemovedSourceDto, SourceDto } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { appendAudit } from '../case/appendAudit';
import { pageCacheOf } from '../data/pageCacheOf';
import type { CaseDb } from '../db/CaseDb';
import { queryOne } from '../sql/queryRows';
import { runDetectors } from '../findings/runDetectors';
import { refreshRunIntel } from '../findings/refreshRunIntel';
import { forgetUnusedQueries } from '../findings/forgetUnusedQueries';
import { refreshSigninRollup } from '../spikes/signinRollup';
import { refreshTransferRollup } from '../exports/transferRollup';
import { leakTable } from './formats/leak/leakTable';
import { readSources } from './sourceRow';

/**
 * Removes a wrongly loaded source: its rows (the leak table, or its sign-ins with their account events / transfers), rejects and coverage, in one
 * audited transaction; then the rollups of its kind are rebuilt from the rows left (an aggregate's first and last event cannot be
 * subtracted) and the detectors re-run with their defaults, and findings the
 * re-run no longer produces are dropped whatever their status (they rested on the removed rows). The input file is
 * never touched. The caller names the source by id and SHA-256, so an id alone (a stray or replayed call) removes nothing.
 * The re-run reads the case's IP intel as every run does: built or refreshed first (refreshRunIntel), outside the
 * write turn, once the call is known to remove something; an intel of the addresses before the removal is a superset
 * of the one after.
 */
export async function removeSource(db: CaseDb, sourceId: number, sha256: string, reason: string): Promise<RemovedSourceDto> {
  await db.withConnection((c) => removableSource(c, sourceId, sha256));
  const intelNotes = await refreshRunIntel(db);
  return db.withWriteTurn(() =>
    db.withIngestConnection(async (c) => {
      const source = await removableSource(c, sourceId, sha256);
      const rowsRemoved = await deleteRows(c, sourceId, source.kind);
      pageCacheOf(db).forget(source.kind === 'signin' || source.kind === 'transfer' ? source.kind : leakTable(sourceId));
      if (source.kind === 'signin') await refreshSigninRollup(c);
      if (source.kind === 'transfer') await refreshTransferRollup(c);
      const { summary, findings } = await runDetectors(c, spikeParamsSchema.parse({}), exportParamsSchema.parse({}), undefined, intelNotes);
      const produced = findings.map((f) => f.id);
      const dropped = await queryOne<{ n: number }>(
        c,
        `SELECT count(*)::DOUBLE AS n FROM finding WHERE NOT list_contains(from_json($kept, '["VARCHAR"]'), id)`,
        { kept: JSON.stringify(produced) },
      );
      await c.run(`DELETE FROM finding WHERE NOT list_contains(from_json($kept, '["VARCHAR"]'), id)`, { kept: JSON.stringify(produced) });
      await forgetUnusedQueries(c);
      await appendAudit(c, 'remove_source', {
        sourceId,
        kind: source.kind,
        path: source.path,
        sha256: source.sha256,
        rowsRemoved,
        reason,
        findingsAfter: summary.total,
        findingsDropped: dropped.n,
      });
      return { id: sourceId, path: source.path, kind: source.kind, rowsRemoved, findings: findings.length, findingsDropped: dropped.n };
    }),
  );
}

/** The source the caller named, when its SHA-256 is the one given and it is not loading; else the refusal that says why. */
async function removableSource(c: DuckDBConnection, sourceId: number, sha256: string): Promise<SourceDto> {
  const [source] = await readSources(c, sourceId);
  if (!source) throw new UserError('not_found', `No source ${sourceId} in this case.`);
  if (source.sha256 !== sha256) {
    throw new UserError('invalid_argument', `Source ${sourceId} is ${source.path}, whose SHA-256 is not the one given; nothing was removed.`);
  }
  if (source.status === 'loading') throw new UserError('busy', `Source ${sourceId} (${source.path}) is still loading; cancel its job first.`);
  return source;
}

/** Deletes everything of the source in one transaction and returns how many evidence rows it held. */
async function deleteRows(c: DuckDBConnection, sourceId: number, kind: string): Promise<number> {
  await c.run('BEGIN TRANSACTION');
  try {
    let rows = 0;
    if (kind === 'signin') await c.run(`DELETE FROM account_event WHERE source_id = $sourceId`, { sourceId });
    if (kind === 'signin' || kind === 'transfer') rows = (await c.run(`DELETE FROM ${kind} WHERE source_id = $sourceId`, { sourceId })).rowsChanged;
    else {
      const exists = await queryOne<{ n: number }>(
        c,
        `SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $name`,
        { name: `leak_${sourceId}` },
      );
      if (exists.n > 0) {
        rows = (await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM ${leakTable(sourceId)}`)).n;
        await c.run(`DROP TABLE ${leakTable(sourceId)}`);
      }
    }
    for (const t of ['rejects', 'coverage_source', 'coverage_field', 'coverage_hash']) await c.run(`DELETE FROM ${t} WHERE source_id = $sourceId`, { sourceId });
    await c.run(`DELETE FROM sources WHERE id = $sourceId`, { sourceId });
    await c.run('COMMIT');
    return rows;
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
}
