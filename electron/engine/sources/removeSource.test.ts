import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { pageCacheOf } from '../data/pageCacheOf';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** Six bad-password failures from one address against six people within a minute, on `day` of March: a password spray. */
function spray(ip: string, day: number, users: string[]): string {
  return (
    users
      .map((u, i) => `Mar ${String(day).padStart(2, ' ')} 10:00:${String(i * 5).padStart(2, '0')} gw sshd[${100 + i}]: Failed password for ${u} from ${ip} port 22 ssh2`)
      .join('\n') + '\n'
  );
}

describe('removeSource', () => {
  it('removes a wrongly loaded source named by id and SHA-256, its rows, rejects and findings, audited; the detectors re-run over what is left', async () => {
    await withTempCase(async (engine, { work }) => {
      const kept = await engine.service.addSource({ path: writeInput(work, 'auth.log', spray('192.0.2.1', 3, ['ann', 'ben', 'cid', 'dot', 'eli', 'fay'])), kind: 'signin', options: { year: 2024 } });
      const wrong = await engine.service.addSource({
        path: writeInput(work, 'other.log', spray('198.51.100.2', 20, ['gus', 'hal', 'ivy', 'jon', 'kim', 'lou']) + 'not syslog\n'),
        kind: 'signin',
        options: { year: 2024 },
      });
      expect(wrong).toMatchObject({ rowsLoaded: 6, rowsRejected: 1 });
      await engine.service.runDetectors({});
      const before = await engine.service.listFindings({});
      expect(before.rows.map((f) => f.ips).sort()).toEqual([['192.0.2.1'], ['198.51.100.2']]);
      const touched = before.rows.find((f) => f.ips[0] === '198.51.100.2');
      await engine.service.updateFinding({ id: touched?.id as string, status: 'confirmed', note: 'looked real' });

      const pages = pageCacheOf(requireCase(engine.ctx));
      pages.rememberTable({ name: 'signin', rows: 12, columns: [] }, '');
      const removed = await engine.service.removeSource({ sourceId: wrong.id, sha256: wrong.sha256, reason: 'loaded the wrong host by mistake' });
      expect(pages.tableInfo('signin')).toBeUndefined();
      expect(removed).toEqual({ id: wrong.id, path: wrong.path, kind: 'signin', rowsRemoved: 6, findings: 1, findingsDropped: 1 });
      expect((await engine.service.listSources({})).map((s) => s.id)).toEqual([kept.id]);
      const left = await sqlOn<{ rows: number; rejects: number; rollup: number }>(
        engine,
        `SELECT (SELECT count(*) FROM signin)::INTEGER AS rows, (SELECT count(*) FROM rejects)::INTEGER AS rejects,
                (SELECT sum(failed + success) FROM rollup.signin_1m)::INTEGER AS rollup`,
      );
      expect(left).toEqual([{ rows: 6, rejects: 0, rollup: 6 }]);
      expect((await engine.service.listFindings({})).rows.map((f) => f.ips)).toEqual([['192.0.2.1']]);
      const [audit] = await sqlOn<{ d: string }>(engine, `SELECT detail::VARCHAR AS d FROM audit WHERE action = 'remove_source'`);
      expect(JSON.parse(audit?.d as string)).toMatchObject({ sourceId: wrong.id, rowsRemoved: 6, reason: 'loaded the wrong host by mistake', findingsDropped: 1 });

      await expect(engine.service.removeSource({ sourceId: wrong.id, sha256: wrong.sha256, reason: 'again' })).rejects.toThrow(`No source ${wrong.id} in this case.`);
      await expect(engine.service.removeSource({ sourceId: kept.id, sha256: wrong.sha256, reason: 'wrong one' })).rejects.toThrow(/whose SHA-256 is not the one given; nothing was removed/);
      expect((await engine.service.listSources({})).map((s) => s.id)).toEqual([kept.id]);
    });
  });

  it('re-runs the detectors on the IP intel every run reads, built first when the case had none', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'auth.log', spray('1.1.1.1', 3, ['ann', 'ben', 'cid', 'dot', 'eli', 'fay'])), kind: 'signin', options: { year: 2024 } });
      const wrong = await engine.service.addSource({ path: writeInput(work, 'other.log', spray('9.9.9.9', 20, ['gus', 'hal', 'ivy', 'jon', 'kim', 'lou'])), kind: 'signin', options: { year: 2024 } });
      expect((await engine.service.ipIntelStatus({})).datasets).toEqual([]);
      await engine.service.removeSource({ sourceId: wrong.id, sha256: wrong.sha256, reason: 'loaded the wrong host by mistake' });
      const run = await engine.service.lastRun({});
      expect(run?.intel?.state).toBe('used');
      expect(run?.intel?.located).toBeGreaterThan(0);
      expect(run?.notes).toEqual([]);
      expect((await engine.service.listFindings({})).rows.map((f) => f.ips)).toEqual([['1.1.1.1']]);
    });
  });
});
