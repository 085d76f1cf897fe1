import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../testing/corpusFile';
import { signinTally } from '../../../testing/logs/testkit';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase } from '../../../testing/withTempCase';
import { mappingPresets } from './mappingPresets';

const export53 = corpusFile('sentinel_awscloudtrail_csv', 'AWS_CloudTrail_Authentication_IngestedLogs-lines-1-2-14.csv');

describe('a Sentinel table export whose header is that of a built-in preset', () => {
  it('is refused naming the preset, and loads with it: Microsoft\'s AWSCloudTrail sample with all its columns and day-first dates', async () => {
    await withTempCase(async (engine) => {
      await expect(engine.service.addSource({ path: export53, kind: 'signin' })).rejects.toThrow(
        /AWS_CloudTrail_Authentication_IngestedLogs-lines-1-2-14\.csv line 1: not a recognised signin format, but its header is that of a Sentinel \/ Log Analytics AWSCloudTrail CSV export, ConsoleLogin rows: load it with --map sentinel-cloudtrail-consolelogin/,
      );
      const options = mappingPresets['sentinel-cloudtrail-consolelogin']?.options ?? {};
      const s = await engine.service.addSource({ path: export53, kind: 'signin', format: 'mapped-csv-signin', options });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 2, successes: 1, failures: { bad_password: 1 } });
      const rows = await sqlOn<{ u: string; ip: string; t: string; app: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, app FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'CATTeamIDC', ip: '167.220.238.89', t: '2025-04-21 09:45:54', app: 'signin.amazonaws.com' },
        { u: 'sharmamanis', ip: '128.94.16.112', t: '2025-03-29 11:10:09', app: 'signin.amazonaws.com' },
      ]);
    });
  });
});
