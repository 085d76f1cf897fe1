import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../testing/corpusFile';
import { evtxexport } from '../testing/logs/evtxexport';
import { withTempCase } from '../testing/withTempCase';

describe('sign-ins of unknown outcome in the charts', () => {
  it('counts the real Kerbrute spray (CC0) as 37 failed, 3 successful and 2 of unknown outcome, never the unknown as failed', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = corpusFile('windows_evtx_cc0', 'kerbrute-user-enumeration.evtx');
      const events = evtxexport(file);
      // The two TGTs issued without pre-authentication prove no password: their outcome is unknown (windowsUnknownOutcome.test.ts).
      const unproven = events.filter((e) => e.eventId === 4768 && e.data.Status === '0x00000000' && e.data.PreAuthType === '0').length;
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s.rowsLoaded).toBe(events.length);
      const series = await engine.service.signinSeries({});
      const sum = (k: 'failed' | 'success' | 'unknown') => series.bins.reduce((n, b) => n + b[k], 0);
      expect({ failed: sum('failed'), success: sum('success'), unknown: sum('unknown') }).toEqual({ failed: 37, success: 3, unknown: unproven });
      expect(unproven).toBe(2);
      const failedOf = (rows: Array<{ failed: number }>) => rows.reduce((n, r) => n + r.failed, 0);
      expect(failedOf(await engine.service.topSources({ limit: 100 })), 'top sources').toBe(37);
      expect(failedOf(await engine.service.topAccounts({ limit: 100 })), 'top accounts').toBe(37);
      const failedOnly = await engine.service.signinEvents({ failedOnly: true, limit: 100 });
      expect(failedOnly.total).toBe(37);
      expect(failedOnly.rows.every((r) => r.success === false)).toBe(true);
      const all = await engine.service.signinEvents({ limit: 100 });
      expect(all.total).toBe(42);
      const md = path.join(work, 'report.md');
      await engine.service.writeReport({ format: 'md', outPath: md });
      expect(fs.readFileSync(md, 'utf8')).toContain('- Sign-ins: 42 (37 failed, 2 of unknown outcome)');
      const html = path.join(work, 'report.html');
      await engine.service.writeReport({ format: 'html', outPath: html });
      expect(fs.readFileSync(html, 'utf8')).toContain('42 sign-ins, of which 37 failed and 2 of unknown outcome');
    });
  });
});
