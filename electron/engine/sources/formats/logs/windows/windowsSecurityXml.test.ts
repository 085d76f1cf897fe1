import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../createEngine';
import { corpusFile } from '../../../../testing/corpusFile';
import { evtxexportXml } from '../../../../testing/logs/evtxexport';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

/** Every sign-in row of a source, in file order, as comparable text. */
async function rowsOf(engine: Engine, sourceId: number): Promise<string[]> {
  const rows = await sqlOn<{ r: string }>(
    engine,
    `SELECT concat_ws('|', strftime(ts, '%Y-%m-%d %H:%M:%S.%f'), "user", ip, success, failure_reason, result_code, app) AS r FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`,
    { sourceId },
  );
  return rows.map((x) => x.r);
}

const samples: Array<[string, string, number]> = [
  ['windows_evtx_cc0', 'kerbrute-user-enumeration.evtx', 42],
  ['windows_evtx_cc0', 'kerberos-bruteforce-nonexistent-users.evtx', 52],
  ['windows_evtx', 'Security_short_selected.evtx', 1],
];

describe('Windows events exported as XML', () => {
  it.each(samples)('%s/%s exported as XML by libevtx loads the same %i sign-ins as the .evtx itself', async (folder, name, expected) => {
    await withTempCase(async (engine, { work }) => {
      const evtx = corpusFile(folder, name);
      const xml = path.join(work, name.replace(/\.evtx$/, '.xml'));
      fs.writeFileSync(xml, evtxexportXml(evtx));
      expect((await engine.service.detectSource({ path: xml, kind: 'signin' })).format).toBe('windows-security-xml');
      const fromEvtx = await engine.service.addSource({ path: evtx, kind: 'signin' });
      const fromXml = await engine.service.addSource({ path: xml, kind: 'signin' });
      expect(fromXml).toMatchObject({ rowsLoaded: fromEvtx.rowsLoaded, rowsRejected: 0 });
      expect(fromXml.rowsLoaded).toBe(expected);
      expect(await rowsOf(engine, fromXml.id)).toEqual(await rowsOf(engine, fromEvtx.id));
    });
  });

  it('reads the Event Viewer form (UTF-16LE with its byte-order mark, <?xml?> and an <Events> root, CRLF, one event a line)', async () => {
    await withTempCase(async (engine, { work }) => {
      const evtx = corpusFile('windows_evtx_cc0', 'kerbrute-user-enumeration.evtx');
      const events = evtxexportXml(evtx).split(/\n\s*\n/).map((e) => e.replace(/>\s+</g, '><').trim()).filter((e) => e !== '');
      const text = `<?xml version="1.0" encoding="UTF-16"?>\r\n<Events>${events.join('\r\n')}</Events>\r\n`;
      const file = path.join(work, 'saved.xml');
      fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ format: 'windows-security-xml', rowsLoaded: 42, rowsRejected: 0 });
      const fromEvtx = await engine.service.addSource({ path: evtx, kind: 'signin' });
      expect(await rowsOf(engine, s.id)).toEqual(await rowsOf(engine, fromEvtx.id));
    });
  });

  it('rejects a broken event and a cut last one by their number, and loads the others', async () => {
    await withTempCase(async (engine, { work }) => {
      const events = evtxexportXml(corpusFile('windows_evtx_cc0', 'kerbrute-user-enumeration.evtx')).split(/\n\s*\n/).filter((e) => e.trim() !== '');
      const broken = (events[1] as string).replace('</EventData>', '</Data>');
      const cut = (events[41] as string).slice(0, 300);
      const file = path.join(work, 'cut.xml');
      fs.writeFileSync(file, [events[0], broken, ...events.slice(2, 41), cut].join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/cut\.xml line 2: event 2 is not a readable <Event> element: expected <\/EventData>, found <\/Data>/);
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 40, rowsRejected: 2 });
      const rejects = await sqlOn<{ line: number; reason: string }>(engine, `SELECT line::INTEGER AS line, reason FROM rejects WHERE source_id = $sourceId ORDER BY line`, { sourceId: s.id });
      expect(rejects.map((r) => r.line)).toEqual([2, 42]);
      expect(rejects[1]?.reason).toMatch(/event 42: the file ends inside this <Event> element/);
    });
  });

  it('loads rendered XML events written one per line (CrowdSec hub\'s Exchange brute force) as the failures they are', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('windows_security_xml_crowdsec', 'windows-bf.log');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('windows-security-xml');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ format: 'windows-security-xml', rowsLoaded: 6, rowsRejected: 0 });
      const rows = await rowsOf(engine, s.id);
      expect(rows[0]).toBe('2022-04-29 12:36:01.902791|asdfasdf|192.168.9.212|false|no_such_user|0xc0000064|exchange-1.mydomain.test');
      expect(rows.map((r) => r.split('|').slice(1).join('|'))).toEqual(Array(6).fill('asdfasdf|192.168.9.212|false|no_such_user|0xc0000064|exchange-1.mydomain.test'));
    });
  });
});

