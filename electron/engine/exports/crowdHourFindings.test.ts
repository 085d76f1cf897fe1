import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';

const day = 86_400_000;
const start = Date.UTC(2024, 3, 1);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('crowd-hour findings: one low finding naming the crowd', () => {
  it('names every member in users and the largest in evidence, masked through the Api like any personal value', async () => {
    await withTempCase(async (engine, { work }) => {
      const users = Array.from({ length: 14 }, (_, i) => `staff${i}@corp.example`);
      const lines = ['timestamp,user_id,bytes_transferred'];
      for (const [i, u] of users.entries()) {
        for (let d = 0; d < 14; d++) for (let h = 9; h < 17; h++) lines.push(`${iso(start + d * day + h * 3_600_000 + 60_000)},${u},${(10 + ((d + h + i) % 5)) * 1e6}`);
        lines.push(`${iso(start + 8 * day + 11 * 3_600_000 + 600_000 + i * 1000)},${u},${3e9 + i * 1e7}`);
      }
      await engine.api.addSource({ path: writeInput(work, 'transfer.csv', `${lines.join('\n')}\n`), kind: 'transfer' });
      await engine.api.runDetectors({});
      const { rows, total } = await engine.api.listFindings({ kind: 'bulk_export' });
      expect(total).toBe(1);
      const [crowd] = rows;
      expect(crowd).toMatchObject({ severity: 'low', start: '2024-04-09T11:00:00Z', end: '2024-04-09T11:59:59Z', evidence: { reason: 'crowd', crowdSize: 14, flaggedUsers: 14 } });
      expect(crowd?.summary).toMatch(/^14 users moved alike in the hour from 2024-04-09T11:00:00Z: 3\.\d+ GB to 3\.\d+ GB each \(median 3\.\d+ GB, 4\d\.\d+ GB in all\)/);
      expect(JSON.stringify(crowd)).not.toMatch(/staff\d+@corp/);
      const named = (crowd?.evidence.crowd as Array<{ user: string; value: number }>).map((m) => m.user);
      expect(named).toHaveLength(14);
      expect([...named].sort()).toEqual([...(crowd?.users ?? [])].sort());
      expect(new Set(named).size).toBe(14);
      expect(named.every((u) => /^s\*+@c\*+\.example#[0-9a-f]{6}$/.test(u))).toBe(true);
    });
  });
});
