import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';

const csv = 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,100\n2026-01-01T01:00:00Z,bob,200\n';

describe('files of the case folder are refused as evidence, however they are reached', () => {
  it('refuses a file inside the case, and a symlink from outside pointing at one, but loads a symlink to real evidence', async () => {
    await withTempCase(async (engine, { caseDir, work }) => {
      const api = engine.service;
      const inside = writeInput(caseDir, 'planted.csv', csv);
      await expect(api.addSource({ path: inside, kind: 'transfer' })).rejects.toThrow(/is inside the case folder/);

      fs.symlinkSync(inside, path.join(work, 'link-to-planted.csv'));
      await expect(api.addSource({ path: path.join(work, 'link-to-planted.csv'), kind: 'transfer' })).rejects.toThrow(/is inside the case folder/);
      fs.symlinkSync(path.join(caseDir, 'case.duckdb'), path.join(work, 'link-to-db'));
      await expect(api.addSource({ path: path.join(work, 'link-to-db'), kind: 'leak' })).rejects.toThrow(/is inside the case folder/);
      fs.symlinkSync(caseDir, path.join(work, 'case-alias'));
      await expect(api.addSource({ path: path.join(work, 'case-alias', 'planted.csv'), kind: 'transfer' })).rejects.toThrow(/is inside the case folder/);
      expect(await api.listSources({})).toEqual([]);

      const evidence = writeInput(work, 'transfer.csv', csv);
      fs.symlinkSync(evidence, path.join(work, 'link-to-evidence.csv'));
      const s = await api.addSource({ path: path.join(work, 'link-to-evidence.csv'), kind: 'transfer' });
      expect(s.rowsLoaded).toBe(2);
    });
  });
});
