import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreIntelDirAfterEach } from '../testing/restoreIntelDirAfterEach';
import type { TakeoverEvidence } from '../../../shared/api/findingEvidence';
import type { Engine } from '../createEngine';
import { insertSignins } from '../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../testing/planted/plantedScenario';
import { withTempCase } from '../testing/withTempCase';
import { takeoverCodes } from '../testing/planted/takeoverCodes';

const hour = 3_600_000;
const day = 86_400_000;
/** A public address of a network (Cloudflare, AS13335) no account of the planted scenario signed in from. */
const stranger = '1.1.1.1';
const browser = 'Mozilla/5.0 (Windows NT 10.0) test';

/** emp(170) signs in from a public address (Quad9, AS19281) on days 0 and 1; the planted spray tries it once on day 2 at 10:00; that evening it signs in from `stranger` on a browser it never used. */
async function plantWin(engine: Engine): Promise<void> {
  await insertSignins(engine, [
    ...plantedScenario(),
    ...[0, 1].map((d) => ({ ts: scenarioStart + d * day + 9 * hour, user: emp(170), ip: '9.9.9.9', success: true, resultCode: '0', userAgent: browser })),
    { ts: scenarioStart + 2 * day + 19 * hour, user: emp(170), ip: stranger, success: true, resultCode: '0', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) test' },
  ]);
}

/** emp(170)'s stored takeover findings as [severity, reason codes]. */
async function takeovers(engine: Engine): Promise<Array<[string, string[]]>> {
  const { rows } = await engine.service.listFindings({ kind: 'account_takeover' });
  return takeoverCodes(rows, emp(170));
}

restoreIntelDirAfterEach();

/**
 * "Run detectors" (the Api, hence the workbench, IPC and `analyze`) looks the sign-in addresses up in the shipped
 * datasets itself when the case has no intel yet: one log gives one answer in the app and on the command line.
 */
describe('running the detectors on a case with sign-ins and no IP intel', () => {
  it("builds the intel first: a takeover from a network and country new to the account names them, and the run says the intel was read", async () => {
    await withTempCase(async (engine) => {
      await plantWin(engine);
      expect((await engine.service.ipIntelStatus({})).datasets).toEqual([]);
      const summary = await engine.service.runDetectors({});
      expect(summary.notes).toEqual([]);
      expect(summary.intel).toMatchObject({ state: 'used', addresses: 267 });
      expect(summary.intel.located).toBeGreaterThan(0);
      expect(await takeovers(engine)).toEqual([['critical', ['new_source', 'new_asn', 'new_country', 'after_failures']]]);
      const { rows } = await engine.service.listFindings({ kind: 'account_takeover' });
      const win = rows.find((f) => f.users.includes(emp(170)));
      expect((win?.evidence as unknown as TakeoverEvidence).reasons.find((r) => r.code === 'new_asn')?.text).toMatch(/^AS13335 /);
      expect((await engine.service.lastRun({}))?.intel).toEqual(summary.intel);
      expect((await engine.service.refreshIpIntel({})).rebuilt).toBe(false);
    });
  });

  it('still runs when the datasets are not installed, without networks, and its note says so and why', async () => {
    await withTempCase(async (engine, { work }) => {
      const empty = path.join(work, 'no-datasets');
      fs.mkdirSync(empty);
      process.env.BREACHDESK_INTEL_DIR = empty;
      await plantWin(engine);
      const summary = await engine.service.runDetectors({});
      expect(summary.intel).toEqual({ state: 'missing', addresses: 0, located: 0 });
      expect(summary.notes).toHaveLength(1);
      expect(summary.notes[0]).toMatch(/^The sign-in addresses have no country or network \(AS\): the IP intel could not be built \(The IP dataset @ip-location-db\/\S+ is not installed/);
      expect(await takeovers(engine)).toEqual([['high', ['new_source', 'after_failures']]]);
      expect((await engine.service.lastRun({}))?.notes).toEqual(summary.notes);
    });
  });
});
