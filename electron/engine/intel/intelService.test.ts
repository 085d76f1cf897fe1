import { describe, expect, it } from 'vitest';
import { insertSignins } from '../testing/planted/insertSignins';
import { intelDatasets } from './intelDatasets';
import { withTempCase } from '../testing/withTempCase';

const day = 86_400_000;
/** A day 200 days after the newest shipped dataset, so the logs are past the 180-day warning whatever the version. */
const late = Math.max(...intelDatasets().map((d) => Date.parse(d.dataDate))) + 200 * day;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('IP intelligence Api', () => {
  it('names no dataset before the first lookup, then the loaded ones, and warns when the logs are far newer', async () => {
    await withTempCase(async (engine) => {
      const s = engine.service;
      await insertSignins(engine, [
        { ts: late + 8 * 3600_000, user: 'a@corp.example', ip: '8.8.8.8', success: true },
        { ts: late + day + 8 * 3600_000, user: 'b@corp.example', ip: '100.64.0.9', success: false },
      ]);
      expect(await s.ipIntelStatus({})).toEqual({ datasets: [], logsFrom: iso(late), logsTo: iso(late + day), warning: null });
      expect(await s.refreshIpIntel({})).toEqual({ rebuilt: true, addresses: 2, located: 1, labelled: 1 });
      expect(await s.refreshIpIntel({})).toEqual({ rebuilt: false, addresses: 2, located: 1, labelled: 1 });
      const status = await s.ipIntelStatus({});
      expect(status.datasets.map((d) => d.name)).toEqual(['@ip-location-db/asn', '@ip-location-db/geo-whois-asn-country']);
      expect(status.warning).toContain(`logs run to ${iso(late + day)}, 201 days after @ip-location-db/asn`);
      expect(status.warning).toMatch(/BREACHDESK_INTEL_DIR/);
    });
  });
});
