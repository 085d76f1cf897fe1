import { describe, expect, it } from 'vitest';
import { openCase } from '../../../case/openCase';
import { requireCase } from '../../../case/requireCase';
import { queryRows } from '../../../sql/queryRows';
import { newProgress } from '../../../jobs/IngestProgress';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { addSource } from '../../addSource';

/** Leak rows whose first field is the line each record is on (header on line 1), long enough to span many CSV buffers. */
function numberedLeak(rows: number): string {
  const pad = 'x'.repeat(120);
  const lines = ['line;email;note'];
  for (let i = 0; i < rows; i++) lines.push(`${i + 2};user${i}@mail.example;${pad}${i % 7}`);
  return lines.join('\n') + '\n';
}

describe('delimited leak load: the copy commits, lines are numbered after it', () => {
  it('numbers every record by its line when DuckDB reads the file in parallel (40 MB, many buffers)', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = 280_000;
      const src = await engine.service.addSource({ path: writeInput(work, 'big.csv', numberedLeak(rows)), kind: 'leak' });
      expect(src).toMatchObject({ status: 'ready', rowsLoaded: rows, rowsRejected: 0 });
      const [check] = await sqlOn<{ n: number; wrong: number; lo: number; hi: number }>(
        engine,
        `SELECT count(*)::DOUBLE AS n, count(*) FILTER (WHERE _line <> line::BIGINT)::DOUBLE AS wrong, min(_line)::DOUBLE AS lo, max(_line)::DOUBLE AS hi FROM leak_${src.id}`,
      );
      expect(check).toEqual({ n: rows, wrong: 0, lo: 2, hi: rows + 1 });
      expect((await engine.service.listTables({})).map((t) => t.name)).toContain(`leak_${src.id}`);
    });
  });

  it('numbers lines exactly when one quoted field far into the file holds line breaks, and by record when none does', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = 20_000;
      const late = 19_000;
      const pad = 'y'.repeat(120);
      const records = Array.from({ length: rows }, (_, i) => `${i};user${i}@mail.example;${i === late ? `"two\nthree\nlines"` : i % 3 === 0 ? `"${pad}"` : pad}`);
      const lineOf = (i: number) => 2 + i + (i > late ? 2 : 0);
      for (const [name, text, expectLine] of [
        ['late.csv', ['n;email;note', ...records].join('\n') + '\n', lineOf],
        ['flat.csv', ['n;email;note', ...records.map((r) => r.replaceAll('\n', ' '))].join('\r\n'), (i: number) => 2 + i],
      ] as const) {
        const src = await engine.service.addSource({ path: writeInput(work, name, text), kind: 'leak' });
        expect(src).toMatchObject({ status: 'ready', rowsLoaded: rows, rowsRejected: 0 });
        const lines = await sqlOn<{ n: number; l: number }>(engine, `SELECT n::INTEGER AS n, _line::INTEGER AS l FROM leak_${src.id} ORDER BY _line`);
        expect(lines.filter((r) => r.l !== expectLine(r.n)), name).toEqual([]);
      }
    });
  });

  it('a cancel after the copy committed removes its rows, rejects and source, and audits the refusal', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'leak.csv', 'email;note\na@mail.example;one\nbroken;"unbalanced\nb@mail.example;two\n' + 'c@mail.example;three\n'.repeat(20));
      const abort = new AbortController();
      const progress = newProgress(0, abort.signal);
      let phase = progress.phase;
      Object.defineProperty(progress, 'phase', {
        get: () => phase,
        set: (p: typeof phase) => {
          phase = p;
          if (p === 'finishing') abort.abort();
        },
      });
      const db = requireCase(engine.ctx);
      await expect(addSource(db, { file, kind: 'leak', maxRejectShare: 0.5, progress })).rejects.toThrow(/cancelled by the analyst/);
      const left = await db.withConnection(async (c) => ({
        sources: await queryRows<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM sources`),
        rejects: await queryRows<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM rejects`),
        tables: await queryRows<{ name: string }>(c, `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'leak%'`),
        audit: await queryRows<{ action: string }>(c, `SELECT action FROM audit WHERE action LIKE 'ingest%'`),
      }));
      expect(left).toEqual({ sources: [{ n: 0 }], rejects: [{ n: 0 }], tables: [], audit: [{ action: 'ingest_refused' }] });
    });
  });

  it('hides an unfinished copy from the Data view, and reopening a case stopped between the two steps drops it and marks the source failed', async () => {
    await withTempCase(async (engine, { caseDir, work }) => {
      const kept = await engine.service.addSource({ path: writeInput(work, 'kept.csv', 'email;note\na@mail.example;one\n'), kind: 'leak' });
      await requireCase(engine.ctx).withConnection(async (c) => {
        const [{ id }] = (await queryRows<{ id: number }>(
          c,
          `INSERT INTO sources (kind, path, sha256, size, format, ingested_at, status) VALUES ('leak', '/evidence/cut.csv', '', 10, 'leak-delimited', now(), 'loading') RETURNING id`,
        )) as [{ id: number }];
        await c.run(`CREATE TABLE leak_${id}_loading AS SELECT NULL::BIGINT AS _line, 'x@mail.example' AS email`);
      });
      const unfinished = `leak_${kept.id + 1}_loading`;
      expect((await engine.service.listTables({})).map((t) => t.name), 'the Data view hides a load that is finishing').not.toContain(unfinished);
      await expect(engine.service.tablePage({ table: unfinished, offset: 0, limit: 10 })).rejects.toThrow(/No table/);
      engine.close();
      const db = await openCase(caseDir, false);
      try {
        const state = await db.withConnection(async (c) => ({
          sources: await queryRows<{ id: number; status: string }>(c, `SELECT id, status FROM sources ORDER BY id`),
          tables: await queryRows<{ name: string }>(c, `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'leak%' ORDER BY 1`),
        }));
        expect(state).toEqual({
          sources: [
            { id: kept.id, status: 'ready' },
            { id: kept.id + 1, status: 'failed' },
          ],
          tables: [{ name: `leak_${kept.id}` }],
        });
      } finally {
        db.close();
      }
    });
  });
});
