import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { cust, emp, natIp, planted, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { sqlOn } from '../../testing/sqlOn';

const minute = 60_000;
/** When the planted distributed campaign starts (day 5, 01:00 UTC). */
const campaignStart = scenarioStart + 5 * 86_400_000 + 3_600_000;

/**
 * The planted scenario plus ten leaked outsider accounts failing once each through the corporate NAT during the
 * distributed campaign (five minutes apart: never a single-source burst), and `busy` employee successes through the
 * NAT in the campaign's hour.
 */
function withNatBurst(busy: number): SigninFixture[] {
  const rows = plantedScenario();
  for (let k = 0; k < 10; k++) rows.push({ ts: campaignStart + (1 + 5 * k) * minute, user: cust(100 + k), ip: natIp, success: false, userAgent: 'okhttp/4.9' });
  for (let k = 0; k < busy; k++) rows.push({ ts: campaignStart + Math.floor((k * 59 * minute) / busy), user: emp(k % 200), ip: natIp, success: true });
  return rows.sort((a, b) => a.ts - b.ts);
}

/** The addresses of the distributed campaign found on the rows (with the planted leak). */
async function distributedIps(rows: SigninFixture[]): Promise<string[]> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, rows);
    await sqlOn(engine, `CREATE TABLE leak_1 (email VARCHAR)`);
    await sqlOn(engine, `INSERT INTO leak_1 VALUES ${planted.leakedEmails.map((e) => `('${e}')`).join(', ')}`);
    const { findings } = await engine.service.classifySignins({ params: { leakColumns: [{ table: 'leak_1', column: 'email' }] } });
    return findings.find((f) => f.evidence.distributed === true)?.ips ?? [];
  });
}

describe('a shared address in a distributed campaign', () => {
  it('joins it when its failures in the campaign are abnormal against all its sign-ins then, successes included', async () => {
    expect(await distributedIps(withNatBurst(0))).toContain(natIp);
    const busy = await distributedIps(withNatBurst(800));
    expect(busy).not.toContain(natIp);
    expect(busy).toEqual([...planted.distributedIps].sort());
  });
});
