import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally, transferTally } from '../../../../testing/logs/testkit';

const consoleLogin = corpusFile('aws_cloudtrail_json', 'test-console-login-json.log');
const exfil = corpusFile('aws_cloudtrail_json', 'ec2_proxy_s3_exfiltration_2020-09-14011940.json');
const eventHistory = corpusFile('aws_cloudtrail_json', 'aws_cloudtrail.jsonl');
const hiddenUser = corpusFile('aws_cloudtrail_hidden_user', 'console-login-hidden-user.ndjson');

interface Trail {
  eventSource?: string;
  eventName?: string;
  additionalEventData?: { bytesTransferredOut?: number };
  responseElements?: { ConsoleLogin?: string } | null;
}

describe('AWS CloudTrail', () => {
  it('loads ConsoleLogin successes and failures from NDJSON', async () => {
    await withTempCase(async (engine) => {
      const events = jsonLines(consoleLogin).map((l) => l.record as Trail);
      const ok = events.filter((e) => e.responseElements?.ConsoleLogin === 'Success').length;
      expect((await engine.service.detectSource({ path: consoleLogin, kind: 'signin' })).format).toBe('cloudtrail-consolelogin');
      const s = await engine.service.addSource({ path: consoleLogin, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: events.length, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: ok, failures: { bad_password: events.length - ok } });
      const rows = await sqlOn<{ u: string; code: string }>(engine, `SELECT "user" AS u, result_code AS code FROM signin ORDER BY raw_ref`);
      expect(rows).toEqual([
        { u: 'JohnDoe', code: 'Success' },
        { u: 'JaneDoe', code: 'Failed authentication' },
        { u: 'arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName', code: 'Failed authentication' },
      ]);
    });
  });

  it('loads HIDDEN_DUE_TO_SECURITY_REASONS as no user (no_such_user), so a crowd of sources guessing names is stuffing by address, never a brute force on the placeholder', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: hiddenUser, kind: 'signin' });
      expect(s).toMatchObject({ format: 'cloudtrail-consolelogin', rowsLoaded: 45, rowsRejected: 0, rowsSkipped: 1 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 45, successes: 2, failures: { no_such_user: 41, bad_password: 2 } });
      const users = await sqlOn<{ u: string | null; n: number }>(engine, `SELECT "user" AS u, count(*)::INTEGER AS n FROM signin GROUP BY ALL ORDER BY ALL NULLS FIRST`);
      expect(users).toEqual([{ u: null, n: 41 }, { u: 'alice', n: 1 }, { u: 'bob', n: 2 }, { u: 'carol', n: 1 }]);

      await engine.service.runDetectors({});
      const findings = await sqlOn<{ kind: string; users: string[]; ips: string[] }>(engine, `SELECT kind, users, ips FROM finding ORDER BY seq`);
      expect(findings.map((f) => [f.kind, f.users])).toEqual([['credential_stuffing', ['bob']]]);
      expect(findings[0]?.ips).toEqual(Array.from({ length: 8 }, (_, i) => `198.51.100.${11 + i}`));
      expect(JSON.stringify(findings)).not.toContain('HIDDEN');
      const members = await sqlOn<{ n: number; hidden: number }>(engine, `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE "user" LIKE 'HIDDEN%')::INTEGER AS hidden FROM finding_member`);
      expect(members[0]?.hidden).toBe(0);
    });
  });

  it('loads the S3 data events of the exfiltration set with their bytesTransferredOut (time from @timestamp)', async () => {
    await withTempCase(async (engine) => {
      const events = jsonLines(exfil).map((l) => l.record as Trail);
      const s3 = events.filter((e) => e.eventSource === 's3.amazonaws.com' && e.additionalEventData?.bytesTransferredOut !== undefined);
      const bytes = s3.reduce((sum, e) => sum + Math.round(e.additionalEventData?.bytesTransferredOut ?? 0), 0);
      expect(s3.filter((e) => e.eventName === 'GetObject')).toHaveLength(2);
      expect((await engine.service.detectSource({ path: exfil, kind: 'transfer' })).format).toBe('cloudtrail-s3');
      const s = await engine.service.addSource({ path: exfil, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'cloudtrail-s3', rowsLoaded: s3.length, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: s3.length, bytes, noBytes: 0, users: 1 });
      const gets = await sqlOn<{ o: string; b: number; ip: string; t: string }>(
        engine,
        `SELECT object AS o, bytes::INTEGER AS b, ip, strftime(ts, '%H:%M:%S') AS t FROM transfer WHERE action = 'GetObject' ORDER BY ts`,
      );
      expect(gets).toEqual([
        { o: 'mordors3stack-s3bucket-llp2yingx64a/ring.txt', b: 89, ip: '1.2.3.4', t: '01:02:34' },
        { o: 'mordors3stack-s3bucket-llp2yingx64a/ring.txt', b: 89, ip: '1.2.3.4', t: '01:13:20' },
      ]);
      await expect(engine.service.addSource({ path: exfil, kind: 'signin' })).rejects.toThrow(/103 records read, none of them an event this format loads \(AWS CloudTrail ConsoleLogin/);
    });
  });

  it('reads the {"Records": […]} file S3 delivers, with raw_ref as the record index', async () => {
    await withTempCase(async (engine, { work }) => {
      const apiCalls = { Records: ['ListBackupJobs', 'GetCallerIdentity', 'DescribeTrails'].map((eventName, i) => ({ eventVersion: '1.08', eventTime: `2021-07-05T13:03:1${i}Z`, eventSource: 'backup.amazonaws.com', eventName, userIdentity: { type: 'Root' }, sourceIPAddress: '203.0.113.7' })) };
      const onlyApi = writeInput(work, 'api.json', JSON.stringify(apiCalls, null, 2));
      expect((await engine.service.detectSource({ path: onlyApi, kind: 'signin' })).format).toBe('cloudtrail-consolelogin');
      expect((await engine.service.detectSource({ path: onlyApi, kind: 'transfer' })).format).toBe('cloudtrail-s3');
      await expect(engine.service.addSource({ path: onlyApi, kind: 'signin' })).rejects.toThrow(/api\.json: 3 records read, none of them an event this format loads/);

      const base = { eventVersion: '1.08', userIdentity: { type: 'IAMUser', userName: 'mallory' }, sourceIPAddress: '198.51.100.9' };
      const wrapped = {
        Records: [
          { ...base, eventTime: '2024-05-01T10:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', errorMessage: 'No username found in supplied account', responseElements: { ConsoleLogin: 'Failure' }, userIdentity: { type: 'IAMUser', userName: 'HIDDEN_DUE_TO_SECURITY_REASONS' } },
          { ...base, eventTime: '2024-05-01T10:00:05Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', responseElements: { ConsoleLogin: 'Success' } },
          { ...base, eventTime: '2024-05-01T10:01:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetObject', requestParameters: { bucketName: 'hr', key: 'payroll.csv' }, additionalEventData: { bytesTransferredOut: 1048576.0 } },
        ],
      };
      const file = writeInput(work, 'trail.json', JSON.stringify(wrapped, null, 2));
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 2, successes: 1, failures: { no_such_user: 1 } });
      const refs = await sqlOn<{ ref: number }>(engine, `SELECT raw_ref::INTEGER AS ref FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`, { sourceId: s.id });
      expect(refs.map((r) => r.ref)).toEqual([1, 2]);
      const t = await engine.service.addSource({ path: file, kind: 'transfer' });
      const [row] = await sqlOn<{ u: string; b: number; ref: number }>(engine, `SELECT "user" AS u, bytes::INTEGER AS b, raw_ref::INTEGER AS ref FROM transfer WHERE source_id = $sourceId`, { sourceId: t.id });
      expect(row).toEqual({ u: 'mallory', b: 1048576, ref: 3 });
    });
  });

  it('reads the Event history form (lookup-events: the event as JSON text in CloudTrailEvent), NDJSON or {"Events": […]}', async () => {
    await withTempCase(async (engine, { work }) => {
      expect((await engine.service.detectSource({ path: eventHistory, kind: 'signin' })).format).toBe('cloudtrail-consolelogin');
      await expect(engine.service.addSource({ path: eventHistory, kind: 'signin' })).rejects.toThrow(/aws_cloudtrail\.jsonl: 6 records read, none of them an event this format loads/);
      const lookup = {
        Events: jsonLines(consoleLogin).map((l, i) => ({ EventId: `e${i}`, EventName: 'ConsoleLogin', ReadOnly: 'false', Resources: [], CloudTrailEvent: JSON.stringify(l.record) })),
        NextToken: 'x',
      };
      const file = writeInput(work, 'lookup-events.json', JSON.stringify(lookup, null, 2));
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ format: 'cloudtrail-consolelogin', rowsLoaded: 3, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 1, failures: { bad_password: 2 } });
      const rows = await sqlOn<{ u: string; code: string }>(engine, `SELECT "user" AS u, result_code AS code FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`, { sourceId: s.id });
      expect(rows.map((r) => r.u)).toEqual(['JohnDoe', 'JaneDoe', 'arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName']);
      const broken = writeInput(work, 'broken.ndjson', [JSON.stringify(lookup.Events[0]), JSON.stringify({ ...lookup.Events[1], CloudTrailEvent: '{"eventName": ' })].join('\n'));
      await expect(engine.service.addSource({ path: broken, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/broken\.ndjson line 2: expected a JSON object/);
    });
  });

  it('rejects bad byte counts by line and refuses a truncated Records file naming it', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = { eventVersion: '1.08', eventTime: '2024-05-01T10:01:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetObject', userIdentity: { userName: 'u' }, additionalEventData: { bytesTransferredOut: 5 } };
      const bad = { ...good, additionalEventData: { bytesTransferredOut: 'lots' } };
      const file = writeInput(work, 'ct.ndjson', [good, bad].map((r) => JSON.stringify(r)).join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/ct\.ndjson line 2: expected a non-negative number in additionalEventData\.bytesTransferredOut/);
      const truncated = writeInput(work, 'cut.json', '{"Records": [' + JSON.stringify(good) + ', {"eventVersion": "1.0');
      await expect(engine.service.addSource({ path: truncated, kind: 'transfer' })).rejects.toThrow(/cut\.json: expected a JSON object with a "Records" array/);
    });
  });
});
