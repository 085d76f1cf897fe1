import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../createEngine';
import { requireCase } from '../../../case/requireCase';
import { caseDbFile } from '../../../db/CaseDb';
import { caseStorageVersion } from '../../../db/lockdownOptions';
import { writesDictFsst } from '../../../db/writesDictFsst';
import { queryRows } from '../../../sql/queryRows';

/**
 * A synthetic leak with a few-valued text column (city), a random-token one (hash) and an e-mail column that is
 * many-valued in the file's head (so columnCompression forces FSST there) but repeats a handful of addresses after it,
 * where DuckDB left to choose would keep a dictionary.
 */
function leakCsv(distinctRows: number, repeatedRows: number): string {
  const cities = ['Paris', 'Lyon', 'Lille', 'Nantes'];
  const token = (i: number) => Buffer.from(Array.from({ length: 24 }, (_, k) => (i * 131 + k * 977 + ((i * k) % 251)) % 256)).toString('base64');
  const email = (i: number) => (i < distinctRows ? `person${i}@mail.example` : `shared${i % 8}@mail.example`);
  const lines = Array.from({ length: distinctRows + repeatedRows }, (_, i) => `${email(i)},${cities[i % cities.length]},${token(i)}`);
  return ['email,ville,mot_de_passe', ...lines].join('\n');
}

const rows = { distinct: 6000, repeated: 130000 };

/** Loads the synthetic leak into a new case folder (created by Breachdesk, or first by `prepare`) and reports how each column is stored. */
async function loadAndDescribe(prepare?: (caseDir: string) => Promise<void>): Promise<{ dictFsst: boolean; storage: string; byColumn: Record<string, string[]>; rows: number }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-storage-'));
  const caseDir = path.join(work, 'case');
  const file = path.join(work, 'leak.csv');
  fs.writeFileSync(file, leakCsv(rows.distinct, rows.repeated));
  const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  try {
    await prepare?.(caseDir);
    await engine.service.openCase({ dir: caseDir, create: true });
    const source = await engine.service.addSource({ path: file, kind: 'leak' });
    return await requireCase(engine.ctx).withConnection(async (c) => {
      const table = `leak_${source.id}`;
      await c.run('CHECKPOINT');
      const storage = await queryRows<{ v: string }>(c, `SELECT tags['storage_version'] AS v FROM duckdb_databases() WHERE database_name = current_database()`);
      const info = await queryRows<{ col: string; compression: string }>(
        c,
        `SELECT DISTINCT column_name AS col, compression FROM pragma_storage_info('${table}') WHERE segment_type = 'VARCHAR' ORDER BY 1, 2`,
      );
      const byColumn: Record<string, string[]> = {};
      for (const r of info) (byColumn[r.col] ??= []).push(r.compression);
      return { dictFsst: await writesDictFsst(c), storage: storage[0]?.v ?? '', byColumn, rows: source.rowsLoaded };
    });
  } finally {
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

describe('leak columns are stored as the case file format allows', () => {
  it('writes a new case in the pinned format, where DuckDB chooses DICT_FSST itself instead of a forced FSST', async () => {
    const got = await loadAndDescribe();
    expect(got.storage).toBe(`${caseStorageVersion}+`);
    expect(got.dictFsst).toBe(true);
    expect(got.rows).toBe(rows.distinct + rows.repeated);
    expect(got.byColumn.email).toEqual(['DICT_FSST']);
    expect(got.byColumn.mot_de_passe).toEqual(['Uncompressed']);
  });

  it('keeps forcing FSST on many-valued columns in a case created in the v1.0 format, which has no DICT_FSST', async () => {
    const got = await loadAndDescribe(async (caseDir) => {
      fs.mkdirSync(caseDir, { mode: 0o700 });
      (await DuckDBInstance.create(path.join(caseDir, caseDbFile), { storage_compatibility_version: 'v1.0.0' })).closeSync();
    });
    expect(got.storage).toBe('v1.0.0+');
    expect(got.dictFsst).toBe(false);
    expect(got.rows).toBe(rows.distinct + rows.repeated);
    expect(got.byColumn.email).toEqual(['FSST']);
    expect(got.byColumn.mot_de_passe).toEqual(['Uncompressed']);
  });
});
