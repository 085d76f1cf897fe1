import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFormats } from '../../../shared/api/reportApi';
import { withTempCase } from '../testing/withTempCase';

describe('reports of a case with no evidence yet', () => {
  it('are written in every format and say there is nothing rather than failing', async () => {
    await withTempCase(async (engine, { work }) => {
      const out = path.join(work, 'out');
      fs.mkdirSync(out);
      for (const format of reportFormats.filter((f) => f !== 'pdf')) {
        const r = await engine.service.writeReport({ format, outPath: path.join(out, `empty.${format}`) });
        expect(r.manifest).toEqual([]);
        expect(r.evidenceIntact).toBe(true);
      }
      const html = fs.readFileSync(path.join(out, 'empty.html'), 'utf8');
      expect(html).toContain('No leaked dataset is loaded in this case.');
      expect(html).toContain('No leaked dataset or attack has been established from the loaded evidence so far.');
      const bundle = JSON.parse(fs.readFileSync(path.join(out, 'empty.stix'), 'utf8')) as { objects: Array<{ type: string; object_refs?: string[] }> };
      expect(bundle.objects.map((o) => o.type)).toEqual(['marking-definition', 'identity', 'report']);
      expect(bundle.objects.at(-1)?.object_refs?.length).toBe(1);
      const misp = JSON.parse(fs.readFileSync(path.join(out, 'empty.misp'), 'utf8')) as { Event: { Attribute: unknown[]; threat_level_id: string } };
      expect(misp.Event.Attribute).toEqual([]);
      expect(misp.Event.threat_level_id).toBe('4');
      expect((await engine.service.reportMeta({})).versions.map((v) => v.format)).toEqual(['html', 'json', 'csv', 'md', 'stix', 'misp']);
    });
  });
});
