import { describe, expect, it } from 'vitest';
import { mappingPresets } from '../mapped/mappingPresets';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

/**
 * A Sentinel AWSCloudTrail portal export as an en-GB browser writes it (the shape of Azure-Sentinel's
 * `Sample Data/ASIM/AWS_CloudTrail_Authentication_IngestedLogs.csv`, values synthetic): day first, 24-hour clock.
 */
const header = '"TimeGenerated [UTC]",EventSource,EventName,UserIdentityUserName,SourceIpAddress,UserAgent,ErrorCode,ErrorMessage,ResponseElements,Type';
const row = (t: string, user: string, ip: string, ok: boolean) =>
  `"${t}","signin.amazonaws.com",ConsoleLogin,${user},"${ip}","Mozilla/5.0",,${ok ? '' : '"Failed authentication"'},"{""ConsoleLogin"":""${ok ? 'Success' : 'Failure'}""}",AWSCloudTrail`;
const dayFirst = [
  row('21/04/2025, 09:45:54.000', 'ann', '198.51.100.1', true),
  row('11/04/2025, 10:14:36.000', 'ann', '198.51.100.2', true),
  row('08/04/2025, 06:56:30.000', 'ann', '198.51.100.3', true),
  row('02/04/2025, 10:13:15.000', 'ben', '203.0.113.9', false),
];
const preset = mappingPresets['sentinel-cloudtrail-consolelogin']?.options ?? {};

describe('the day/month order of numeric dates, read from the file', () => {
  it('reads a day-first portal export as day-first: no row lost, none moved to another month', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'AWSCloudTrail.csv', [header, ...dayFirst].join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', format: 'mapped-csv-signin', options: preset });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0 });
      const rows = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM signin ORDER BY raw_ref`);
      expect(rows.map((r) => r.t)).toEqual(['2025-04-21 09:45:54', '2025-04-11 10:14:36', '2025-04-08 06:56:30', '2025-04-02 10:13:15']);
      const [source] = await sqlOn<{ order: string }>(engine, `SELECT json_extract_string(mapping, '$.dateOrder') AS "order" FROM sources WHERE id = $id`, { id: s.id });
      expect(source?.order).toMatch(/^day first/);
    });
  });

  it('keeps month-first where nothing tells, and the order the analyst chose over the file', async () => {
    await withTempCase(async (engine, { work }) => {
      const ambiguous = writeInput(work, 'ambiguous.csv', [header, ...dayFirst.slice(1)].join('\n') + '\n');
      const a = await engine.service.addSource({ path: ambiguous, kind: 'signin', format: 'mapped-csv-signin', options: preset });
      const got = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d') AS t FROM signin WHERE source_id = $id ORDER BY raw_ref`, { id: a.id });
      expect(got.map((r) => r.t)).toEqual(['2025-11-04', '2025-08-04', '2025-02-04']);

      const file = writeInput(work, 'chosen.csv', [header, ...dayFirst].join('\n') + '\n');
      const chosen = await engine.service.addSource({ path: file, kind: 'signin', format: 'mapped-csv-signin', options: { ...preset, dateOrder: 'mdy' }, maxRejectShare: 1 });
      expect(chosen).toMatchObject({ rowsLoaded: 3, rowsRejected: 1 });
    });
  });
});
