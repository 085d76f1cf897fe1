import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';

const pseudonym = /#[0-9a-f]{6}/;

describe('detectSource through the masked Api', () => {
  it('shows the column each field is taken from, and format labels, as written', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'transfers.csv', 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice@corp.example,1200\n');
      const d = await engine.api.detectSource({ path: file, kind: 'transfer' });
      expect(d.format).toBe('transfer-csv');
      expect(d.mapping).toEqual(expect.arrayContaining([{ field: 'user', takenFrom: 'user_id' }, { field: 'bytes', takenFrom: 'bytes_transferred' }]));
      expect(d.formats.find((f) => f.format === d.format)?.label).toContain('user_id');
      expect(JSON.stringify(d)).not.toMatch(pseudonym);
    });
  });

  it('still masks a personal value standing where column names are read (a headerless export)', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'vpn.csv', 'alice@corp.example,203.0.113.9,2026-01-01T00:00:00Z,ok\nbob@corp.example,203.0.113.10,2026-01-01T00:01:00Z,ok\n');
      const d = await engine.api.detectSource({ path: file, kind: 'signin' });
      const text = JSON.stringify(d);
      expect(text).not.toContain('alice@corp.example');
      expect(text).not.toContain('203.0.113.9');
    });
  });
});
