import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { openCase } from '../case/openCase';
import { withTempCase, writeInput } from '../testing/withTempCase';

describe('case database lock-down', () => {
  it('refuses files outside the case and the chosen inputs, extension installs and config changes', async () => {
    await withTempCase(async (engine, { work }) => {
      const outside = writeInput(work, 'outside.csv', 'a,b\n1,2\n');
      await requireCase(engine.ctx).withConnection(async (c) => {
        await expect(c.run(`SELECT * FROM read_csv('${outside}')`)).rejects.toThrow(/file system operations are disabled|Permission Error/);
        await expect(c.run(`INSTALL httpfs`)).rejects.toThrow();
        await expect(c.run(`LOAD httpfs`)).rejects.toThrow();
        await expect(c.run(`SET enable_external_access = true`)).rejects.toThrow(/locked/);
        await expect(c.run(`SELECT * FROM read_csv('https://example.invalid/x.csv')`)).rejects.toThrow();
      });
    });
  });

  it('allows exactly the inputs the analyst chose', async () => {
    await withTempCase(async (engine, { work }) => {
      const chosen = writeInput(work, 'chosen.csv', 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,u,1\n');
      const other = writeInput(work, 'other.csv', 'a\n1\n');
      await engine.service.addSource({ path: chosen, kind: 'transfer' });
      await requireCase(engine.ctx).withConnection(async (c) => {
        await expect(c.run(`SELECT * FROM read_csv('${chosen}')`)).resolves.toBeDefined();
        await expect(c.run(`SELECT * FROM read_csv('${other}')`)).rejects.toThrow(/disabled|Permission/);
      });
    });
  });

  it('grants the inputs named at open from the start, and only those', async () => {
    await withTempCase(async (engine, { work }) => {
      const named = writeInput(work, 'named.csv', 'a\n1\n');
      const other = writeInput(work, 'other.csv', 'a\n1\n');
      await engine.service.openCase({ dir: path.join(work, 'second'), create: true, inputs: [named] });
      await requireCase(engine.ctx).withConnection(async (c) => {
        await expect(c.run(`SELECT * FROM read_csv('${named}')`)).resolves.toBeDefined();
        await expect(c.run(`SELECT * FROM read_csv('${other}')`)).rejects.toThrow(/disabled|Permission/);
      });
    });
  });

  it('refuses clearly to open a case another process holds', async () => {
    await withTempCase(async (engine, { caseDir }) => {
      engine.close();
      const holder = spawn(
        process.execPath,
        ['--import', 'tsx', '-e', `const {DuckDBInstance}=require('@duckdb/node-api');DuckDBInstance.create(${JSON.stringify(path.join(caseDir, 'case.duckdb'))}).then(()=>{console.log('held');setInterval(()=>{},1000)})`],
        { cwd: path.resolve(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve()));
        await expect(openCase(caseDir, false)).rejects.toThrow(/open in another Breachdesk process/);
      } finally {
        holder.kill('SIGKILL');
      }
    });
  });
});

describe('switching cases', () => {
  it('reopening the open case reuses it, and switching waits for running calls before closing the old one', async () => {
    await withTempCase(async (engine, { caseDir, work }) => {
      const first = engine.ctx.caseDb;
      await engine.service.openCase({ dir: caseDir, create: false });
      expect(engine.ctx.caseDb).toBe(first);
      const running = engine.service.listTables({});
      await engine.service.openCase({ dir: path.join(work, 'other-case'), create: true });
      await expect(running).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ name: 'sources' })]));
      expect(engine.ctx.caseDb?.dir).toBe(path.join(work, 'other-case'));
      await expect(first?.withConnection(async () => 1)).rejects.toThrow(/is closed/);
    });
  });
});
