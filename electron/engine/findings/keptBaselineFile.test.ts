import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScenario } from '../testing/scenarios/exportScenario';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

describe('the baseline side file from the kept rows', () => {
  it('is written by DuckDB from the scratch table the detectors filled, byte for byte as from the rows kept in JS, with the same pseudonyms', async () => {
    await withTempCase(async (engine, { work }) => {
      const s = exportScenario({ seed: 7, users: 120, days: 21, burstShare: 0.6, burstBytes: 3e9, bulk: 4, slow: 0, serviceExfil: 1 });
      await engine.api.addSource({ path: writeInput(work, 'transfers.csv', s.csv), kind: 'transfer' });
      await engine.api.runDetectors({});
      const kept = await sqlOn<{ name: string; n: number }>(
        engine,
        `SELECT table_name AS name, estimated_size::DOUBLE AS n FROM duckdb_tables() WHERE database_name = 'scratch' ORDER BY table_name`,
      );
      expect(kept).toHaveLength(1);
      const fromTable = path.join(work, 'table');
      const fromRows = path.join(work, 'rows');
      for (const dir of [fromTable, fromRows]) fs.mkdirSync(dir);
      const [written] = (await engine.api.writeFindingLists({ outDir: fromTable, lists: ['baseline_flags'] })).files;
      const [table] = await sqlOn<{ rows: number }>(engine, `SELECT count(*)::DOUBLE AS rows FROM scratch.${kept[0]?.name}`);
      expect(written?.rows).toBeGreaterThan(10);
      expect(written?.rows).toBe(table?.rows);
      // Gone (a reopen, or newer results in its place), the table is not read: the rows kept in JS are written instead.
      await sqlOn(engine, `DROP TABLE scratch.${kept[0]?.name}`);
      const [again] = (await engine.api.writeFindingLists({ outDir: fromRows, lists: ['baseline_flags'] })).files;
      expect(again?.sha256).toBe(written?.sha256);
      const file = path.join(fromTable, 'findings.baseline_flags.csv');
      expect(fs.readFileSync(file)).toEqual(fs.readFileSync(path.join(fromRows, 'findings.baseline_flags.csv')));
      expect(fs.readFileSync(file, 'utf8')).toMatch(/#[0-9a-f]{6}/);
    });
  });
});
