import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

/** A SigninLogs CSV of `n` records whose app names their own line, so each loaded row can be checked against its raw_ref. */
function numberedCsv(n: number, change: (line: number, cells: string[]) => string[] = (_, cells) => cells): string {
  const lines = ['TimeGenerated,UserPrincipalName,IPAddress,ResultType,AppDisplayName,UserAgent'];
  for (let i = 0; i < n; i++) {
    const line = i + 2;
    const cells = [new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(), `u${i % 97}@corp.example`, `198.51.100.${i % 200}`, i % 13 ? '0' : '50126', `app${line}`, 'Mozilla/5.0 (X11; Linux x86_64) '.repeat(3)];
    lines.push(change(line, cells).join(','));
  }
  return lines.join('\n');
}

/** How many loaded rows of the case's sign-ins name a line other than their raw_ref. */
async function misnumbered(engine: Parameters<typeof sqlOn>[0]): Promise<number> {
  const [row] = await sqlOn<{ n: number }>(engine, `SELECT count(*) FILTER (WHERE app <> 'app' || raw_ref)::INTEGER AS n FROM signin`);
  return row?.n ?? -1;
}

describe('a CSV loaded straight from the file, without a staged copy', () => {
  it('numbers every record by its line when DuckDB reads the file in parallel, with rows of an earlier source in the table', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'first.csv', numberedCsv(1000)), kind: 'signin' });
      const s = await engine.service.addSource({ path: writeInput(work, 'big.csv', numberedCsv(120_000)), kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 120_000, rowsRejected: 0 });
      expect(await misnumbered(engine)).toBe(0);
      const [lines] = await sqlOn<{ lo: number; hi: number }>(engine, `SELECT min(raw_ref)::INTEGER AS lo, max(raw_ref)::INTEGER AS hi FROM signin WHERE source_id = $1`, [s.id]);
      expect(lines).toEqual({ lo: 2, hi: 120_001 });
    });
  });

  it('keeps the line numbers of the kept rows when a filter skips others', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'mapped.csv', numberedCsv(5000, (line, cells) => [...cells, line % 3 ? 'keep' : 'other']).replace('UserAgent', 'UserAgent,Kind'));
      const options = { 'field.ts': 'TimeGenerated', 'field.user': 'UserPrincipalName', 'field.ip': 'IPAddress', 'field.result': 'ResultType', 'field.app': 'AppDisplayName', where: 'Kind=keep' };
      const s = await engine.service.addSource({ path: file, kind: 'signin', format: 'mapped-csv-signin', options });
      const kept = Array.from({ length: 5000 }, (_, i) => i + 2).filter((line) => line % 3).length;
      expect(s).toMatchObject({ rowsLoaded: kept, rowsRejected: 0 });
      expect(await misnumbered(engine)).toBe(0);
    });
  });

  it('falls back to the staged copy for a rejected record or a refused line, quoting them by line as before', async () => {
    await withTempCase(async (engine, { work }) => {
      const badTime = numberedCsv(3000, (line, cells) => (line === 1500 ? ['soon', ...cells.slice(1)] : cells));
      const s = await engine.service.addSource({ path: writeInput(work, 'badtime.csv', badTime), kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 2999, rowsRejected: 1 });
      const refused = numberedCsv(3000, (line, cells) => (line === 700 ? [...cells, 'extra', 'cells'] : cells));
      const t = await engine.service.addSource({ path: writeInput(work, 'refused.csv', refused), kind: 'signin' });
      expect(t).toMatchObject({ rowsLoaded: 2999, rowsRejected: 1 });
      const rejects = await sqlOn<{ source: number; line: number; raw: boolean }>(engine, `SELECT DISTINCT source_id AS source, line::INTEGER AS line, raw IS NOT NULL AS raw FROM rejects ORDER BY ALL`);
      expect(rejects).toEqual([
        { source: s.id, line: 1500, raw: true },
        { source: t.id, line: 700, raw: true },
      ]);
      expect(await misnumbered(engine)).toBe(0);
    });
  });
});
