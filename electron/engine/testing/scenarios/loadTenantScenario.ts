import { requireCase } from '../../case/requireCase';
import type { Engine } from '../../createEngine';
import { insertSignins } from '../planted/insertSignins';
import { syntheticIntel } from './syntheticIntel';
import type { TenantScenario } from './tenantScenario';

/**
 * Loads a generated tenant into an open case: sign-ins through the signin table's own schema, a synthetic leak table
 * `leak_1(email, password)`, and, when asked, a `source_intel` table for the addresses seen (the shape the offline IP
 * intel provides).
 */
export async function loadTenantScenario(engine: Engine, s: TenantScenario, o: { intel?: boolean } = {}): Promise<void> {
  await insertSignins(engine, s.rows);
  await requireCase(engine.ctx).withConnection(async (c) => {
    await c.run(`CREATE TABLE leak_1 (email VARCHAR, password VARCHAR)`);
    await c.run(`INSERT INTO leak_1 SELECT unnest(from_json($1::JSON, '["VARCHAR"]')), 'Summer2023!'`, [JSON.stringify(s.leaked)]);
    if (!o.intel) return;
    const ips = [...new Set(s.rows.map((r) => r.ip).filter((ip): ip is string => ip !== null))];
    const intel = ips.map((ip) => ({ ip, ...syntheticIntel(ip) }));
    await c.run(`CREATE TABLE IF NOT EXISTS source_intel (ip VARCHAR, country VARCHAR, asn VARCHAR, as_org VARCHAR, range_label VARCHAR)`);
    await c.run(
      `INSERT INTO source_intel SELECT ip, country, asn, "asOrg", "rangeLabel" FROM (SELECT unnest(from_json($1::JSON, '[{"ip":"VARCHAR","country":"VARCHAR","asn":"VARCHAR","asOrg":"VARCHAR","rangeLabel":"VARCHAR"}]'), recursive := true))`,
      [JSON.stringify(intel)],
    );
  });
}
