import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreIntelDirAfterEach } from '../testing/restoreIntelDirAfterEach';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** Six bad-password failures from one address against six people within a minute, on 3 March: a password spray. */
const spray =
  ['ann', 'ben', 'cid', 'dot', 'eli', 'fay']
    .map((u, i) => `Mar  3 10:00:${String(i * 5).padStart(2, '0')} gw sshd[${100 + i}]: Failed password for ${u} from 9.9.9.9 port 22 ssh2`)
    .join('\n') + '\n';

restoreIntelDirAfterEach();

/** A reader of the report alone learns what the detectors could not do, in the words of their run, as the workbench shows it. */
describe('the limits of an analysis in its report', () => {
  it('says under the verdicts, in every format that has prose, that the sign-ins were read without networks when the datasets are missing', async () => {
    await withTempCase(async (engine, { work }) => {
      const empty = path.join(work, 'no-datasets');
      fs.mkdirSync(empty);
      process.env.BREACHDESK_INTEL_DIR = empty;
      await engine.service.addSource({ path: writeInput(work, 'auth.log', spray), kind: 'signin', options: { year: 2024 } });
      const out = path.join(work, 'out');
      fs.mkdirSync(out);
      const live = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(out, 'live.html') })).outPath, 'utf8');
      expect(live).toMatch(
        /<div class="banner warn" data-run-notes="1"><strong>Limits of this analysis\.<\/strong><ul><li>The sign-in addresses have no country or network \(AS\): the IP intel could not be built/,
      );
      expect(live.indexOf('data-run-notes')).toBeGreaterThan(live.indexOf('class="verdicts"'));
      expect(live.replace(/<[^>]+>/g, '')).toContain('Evidence verified: the input file was re-hashed when this report was written and matches the SHA-256 recorded at load.');

      const run = await engine.service.runDetectors({});
      const json = JSON.parse(
        fs.readFileSync((await engine.service.writeReport({ format: 'json', outPath: path.join(out, 'stored.json') })).outPath, 'utf8'),
      ) as { report: { findingsOrigin: string; notes: string[] } };
      expect(json.report.findingsOrigin).toBe('stored');
      expect(json.report.notes).toEqual(run.notes);
      const md = fs.readFileSync((await engine.service.writeReport({ format: 'md', outPath: path.join(out, 'stored.md') })).outPath, 'utf8');
      expect(md).toContain('**Limits of this analysis:**\n\n- The sign-in addresses have no country or network (AS)');

      delete process.env.BREACHDESK_INTEL_DIR;
      const whole = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(out, 'whole.html') })).outPath, 'utf8');
      expect(whole).toContain('data-run-notes="1"');
      await engine.service.runDetectors({});
      const after = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(out, 'after.html') })).outPath, 'utf8');
      expect(after).not.toContain('data-run-notes');
    });
  });
});
