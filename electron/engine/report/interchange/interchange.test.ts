import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planted } from '../../testing/planted/plantedScenario';
import { openScenarioCase, type ScenarioCase } from '../../testing/report/scenarioCase';

type Obj = Record<string, unknown>;
const idRe = /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const stixTimeRe = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ipPatternRe = /^\[(ipv4-addr:value = '(\d{1,3}\.){3}\d{1,3}'|ipv6-addr:value = '[0-9a-fA-F:.]+')\]$/;
const tlp2Ids = [
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
];
/** Required properties per STIX 2.1 object type (common ones plus the type's own), from the specification. */
const required: Record<string, string[]> = {
  'marking-definition': ['type', 'spec_version', 'id', 'created'],
  identity: ['type', 'spec_version', 'id', 'created', 'modified', 'name'],
  indicator: ['type', 'spec_version', 'id', 'created', 'modified', 'pattern', 'pattern_type', 'valid_from'],
  sighting: ['type', 'spec_version', 'id', 'created', 'modified', 'sighting_of_ref'],
  grouping: ['type', 'spec_version', 'id', 'created', 'modified', 'context', 'object_refs'],
  report: ['type', 'spec_version', 'id', 'created', 'modified', 'name', 'published', 'object_refs'],
};
/** MISP attribute types and the categories they may be filed under (the subset a breach report uses). */
const mispTypes: Record<string, string[]> = { 'ip-src': ['Network activity', 'Payload delivery', 'External analysis'], 'ip-dst': ['Network activity', 'Payload delivery', 'External analysis'] };

describe('STIX 2.1 and MISP exports', () => {
  let s: ScenarioCase;
  let bundle: { type: string; id: string; objects: Obj[] };
  let misp: { Event: Obj & { Attribute: Obj[]; Tag: Obj[] } };
  beforeAll(async () => {
    s = await openScenarioCase();
    const st = await s.engine.service.writeReport({ format: 'stix', outPath: path.join(s.outDir, 'bundle.json') });
    bundle = JSON.parse(fs.readFileSync(st.outPath, 'utf8'));
    const mp = await s.engine.service.writeReport({ format: 'misp', outPath: path.join(s.outDir, 'misp.json') });
    misp = JSON.parse(fs.readFileSync(mp.outPath, 'utf8'));
  });
  afterAll(() => s.close());

  it('is a bundle whose every object has its type’s required properties, valid ids and RFC 3339 millisecond timestamps', () => {
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(idRe);
    expect(bundle.id.startsWith('bundle--')).toBe(true);
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      const type = o.type as string;
      expect(required[type], `unexpected type ${type}`).toBeDefined();
      for (const p of required[type] ?? []) expect(o[p], `${type}.${p}`).toBeDefined();
      expect(o.spec_version).toBe('2.1');
      expect(o.id as string).toMatch(idRe);
      expect((o.id as string).startsWith(`${type}--`)).toBe(true);
      for (const k of ['created', 'modified', 'valid_from', 'first_seen', 'last_seen', 'published']) if (o[k] !== undefined) expect(o[k], `${type}.${k}`).toMatch(stixTimeRe);
      if (o.modified) expect(Date.parse(o.modified as string)).toBeGreaterThanOrEqual(Date.parse(o.created as string));
      for (const k of Object.keys(o).filter((k) => k.endsWith('_ref'))) expect(ids.has(o[k] as string), `${type}.${k} dangles`).toBe(true);
      for (const k of Object.keys(o).filter((k) => k.endsWith('_refs') && k !== 'object_marking_refs')) for (const r of o[k] as string[]) expect(ids.has(r), `${type}.${k} → ${r}`).toBe(true);
    }
  });

  it('carries a standard TLP 2.0 marking on every object it creates', () => {
    const marking = bundle.objects.find((o) => o.type === 'marking-definition') as Obj;
    expect(tlp2Ids).toContain(marking.id);
    expect(marking.id).toBe('marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421');
    expect(marking.extensions).toEqual({ 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'amber' } });
    for (const o of bundle.objects.filter((x) => x.type !== 'marking-definition')) expect(o.object_marking_refs).toEqual([marking.id]);
  });

  it('has one indicator per attack source, valid from its first sighting, each with a counted sighting', () => {
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    const sightings = bundle.objects.filter((o) => o.type === 'sighting');
    const ips = indicators.map((i) => /'([^']+)'/.exec(i.pattern as string)?.[1]);
    expect(new Set(ips).size).toBe(indicators.length);
    for (const ip of [planted.sprayIp, planted.bruteIp, planted.stuffIp, ...planted.distributedIps.slice(0, 5)]) expect(ips).toContain(ip);
    expect(ips).not.toContain('192.0.2.10');
    for (const i of indicators) {
      expect(i.pattern as string).toMatch(ipPatternRe);
      expect(i.pattern_type).toBe('stix');
      const sighting = sightings.find((x) => x.sighting_of_ref === i.id) as Obj;
      expect(sighting, `sighting of ${i.pattern}`).toBeDefined();
      expect(Number.isInteger(sighting.count) && (sighting.count as number) >= 1).toBe(true);
      expect(sighting.first_seen).toBe(i.valid_from);
      expect(Date.parse(sighting.last_seen as string)).toBeGreaterThanOrEqual(Date.parse(sighting.first_seen as string));
    }
    const brute = indicators.find((i) => (i.pattern as string).includes(`'${planted.bruteIp}'`)) as Obj;
    const bruteSighting = sightings.find((x) => x.sighting_of_ref === brute.id) as Obj;
    expect(bruteSighting.count).toBe(planted.bruteAttempts);
    expect(bruteSighting.first_seen).toBe('2024-03-04T02:00:00.000Z');
  });

  it('groups the findings under one report and names no account', () => {
    const report = bundle.objects.filter((o) => o.type === 'report');
    expect(report).toHaveLength(1);
    const refs = new Set((report[0] as Obj).object_refs as string[]);
    for (const o of bundle.objects.filter((x) => x.type !== 'marking-definition' && x.type !== 'report')) expect(refs.has(o.id as string), o.id as string).toBe(true);
    expect(bundle.objects.filter((o) => o.type === 'grouping').length).toBeGreaterThan(0);
    expect(JSON.stringify(bundle)).not.toMatch(/[a-z0-9]+@(corp|mail)\.example/);
  });

  it('keeps ids stable across report versions so a re-issue updates the same objects', async () => {
    const again = await s.engine.service.writeReport({ format: 'stix', outPath: path.join(s.outDir, 'bundle2.json') });
    const b2 = JSON.parse(fs.readFileSync(again.outPath, 'utf8')) as typeof bundle;
    expect(b2.objects.filter((o) => o.type === 'indicator').map((o) => o.id)).toEqual(bundle.objects.filter((o) => o.type === 'indicator').map((o) => o.id));
    expect(b2.id).not.toBe(bundle.id);
  });

  it('writes a MISP event with the required fields, ip-src attributes of valid type and category, and a TLP tag', () => {
    const e = misp.Event;
    for (const k of ['info', 'date', 'threat_level_id', 'analysis', 'distribution', 'uuid', 'Attribute', 'Tag']) expect(e[k], k).toBeDefined();
    expect(e.uuid as string).toMatch(uuidRe);
    expect(e.date as string).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['1', '2', '3', '4']).toContain(e.threat_level_id);
    expect(e.threat_level_id).toBe('1');
    expect(['0', '1', '2']).toContain(e.analysis);
    expect(['0', '1', '2', '3', '4', '5']).toContain(e.distribution);
    const uuids = new Set<string>();
    for (const a of e.Attribute) {
      expect(Object.keys(mispTypes)).toContain(a.type);
      expect(mispTypes[a.type as string]).toContain(a.category);
      expect(a.value as string).toMatch(/^(\d{1,3}\.){3}\d{1,3}$|:/);
      expect(typeof a.to_ids).toBe('boolean');
      expect(a.uuid as string).toMatch(uuidRe);
      uuids.add(a.uuid as string);
    }
    expect(uuids.size).toBe(e.Attribute.length);
    const values = e.Attribute.map((a) => a.value);
    const indicators = bundle.objects.filter((o) => o.type === 'indicator').map((i) => /'([^']+)'/.exec(i.pattern as string)?.[1]);
    expect([...values].sort()).toEqual([...indicators].sort());
    expect(e.Tag.map((t) => t.name)).toContain('tlp:amber');
    expect(JSON.stringify(misp)).not.toMatch(/[a-z0-9]+@(corp|mail)\.example/);
  });
});
