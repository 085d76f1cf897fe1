import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** One failed network logon (4625, bad password) of `user` from 198.51.100.9, `i` seconds into the minute. */
function failure(user: string, i: number): string {
  return JSON.stringify({
    '@timestamp': `2024-05-01T09:00:${String(i).padStart(2, '0')}Z`,
    EventID: 4625,
    Channel: 'Security',
    TargetUserName: user,
    IpAddress: '198.51.100.9',
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
  });
}

describe('machine accounts in the detectors', () => {
  it('are kept out of the account counts: three people and three computers are not a spray of six accounts', async () => {
    await withTempCase(async (engine, { work }) => {
      const mixed = ['ann', 'ben', 'cid', 'WS1$', 'WS2$', 'WS3$'].map((u, i) => failure(u, i * 7));
      await engine.service.addSource({ path: writeInput(work, 'mixed.json', mixed.join('\n') + '\n'), kind: 'signin' });
      const { findings } = await engine.service.classifySignins({});
      expect(findings.filter((f) => f.kind === 'password_spray')).toEqual([]);
    });
  });

  it('while six people from the same source are one', async () => {
    await withTempCase(async (engine, { work }) => {
      const people = ['ann', 'ben', 'cid', 'dot', 'eli', 'fay'].map((u, i) => failure(u, i * 7));
      await engine.service.addSource({ path: writeInput(work, 'people.json', people.join('\n') + '\n'), kind: 'signin' });
      const { findings } = await engine.service.classifySignins({});
      expect(findings.filter((f) => f.kind === 'password_spray').map((f) => f.ips)).toEqual([['198.51.100.9']]);
    });
  });
});
