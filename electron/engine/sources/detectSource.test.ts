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

describe('a headed CSV no format claims', () => {
  it('is refused with the --map its header suggests, and a headerless file with no value of its first line', async () => {
    await withTempCase(async (engine, { work }) => {
      const headed = writeInput(work, 'proxy.csv', 'user_id,timestamp,bytes_transferred,src_ip\nu1,2025-01-01T00:00:00Z,100,10.0.0.1\n');
      await expect(engine.api.addSource({ path: headed, kind: 'transfer' })).rejects.toThrow(
        'proxy.csv line 1: not a recognised transfer format, but its header reads like a transfer log with its own column names: check this guess and load it with --map ts=timestamp,user=user_id,bytes=bytes_transferred,ip=src_ip (or map its columns in the Sources screen).',
      );
      const spaced = writeInput(work, 'portal.csv', 'Date and time,User name,Result\n2025-01-01T00:00:00Z,u1,Success\n');
      await expect(engine.api.addSource({ path: spaced, kind: 'signin' })).rejects.toThrow('--map "ts=Date and time,user=User name,result=Result"');
      const partial = writeInput(work, 'vpn.csv', 'when,who,ip,result\n2025-01-01T00:00:00Z,alice.doe@example.com,198.51.100.7,success\n');
      const unnamed = engine.api.addSource({ path: partial, kind: 'signin' });
      await expect(unnamed).rejects.toThrow(
        'vpn.csv line 1: not a recognised signin format. Its first line reads as a header, but no column of it was recognised as user: load it with --map ts=when,user=COLUMN,ip=ip,result=result, naming your column for each field (or map its columns in the Sources screen). The formats read without mapping: ',
      );
      await expect(unnamed).rejects.not.toThrow(/alice/);
      const headerless = writeInput(work, 'nohdr.csv', '2025-01-01T00:00:00Z,alice.doe@example.com,100\n');
      const refusal = engine.api.addSource({ path: headerless, kind: 'transfer' });
      await expect(refusal).rejects.toThrow(/nohdr\.csv line 1: not a recognised transfer format; expected /);
      await expect(refusal).rejects.not.toThrow(/alice/);
    });
  });
});
