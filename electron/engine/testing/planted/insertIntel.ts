import { requireCase } from '../../case/requireCase';
import type { Engine } from '../../createEngine';

/** A case's IP intel set by hand, as the Infrastructure lookup stores it (`source_intel`): [address, AS number, country], for tests of the rules that read networks and countries. */
export async function insertIntel(engine: Engine, rows: Array<[ip: string, asn: string | null, country?: string | null]>): Promise<void> {
  await requireCase(engine.ctx).withConnection(async (c) => {
    await c.run(`CREATE TABLE source_intel (ip VARCHAR, country VARCHAR, asn VARCHAR, as_org VARCHAR, range_label VARCHAR)`);
    await c.run(`INSERT INTO source_intel SELECT x[1], x[3], x[2], NULL, NULL FROM (SELECT unnest(from_json($1::JSON, '[["VARCHAR"]]')) AS x)`, [
      JSON.stringify(rows.map(([ip, asn, country]) => [ip, asn, country ?? null])),
    ]);
  });
}
