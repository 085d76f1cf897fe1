import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFormats } from '../../../shared/api/reportApi';
import { corpusFile } from '../testing/corpusFile';
import { withTempCase } from '../testing/withTempCase';

describe('reports of a case with little or no evidence', () => {
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
      const md = fs.readFileSync(path.join(out, 'empty.md'), 'utf8');
      expect(md).toContain('Evidence: no input loaded yet.');
      for (const heading of ['## Findings', '## Takeovers', '## Personal data exposed']) expect(md).toContain(`${heading}\n\nNone.\n`);
      expect(md).not.toMatch(/^\|/m);
    });
  });

  it('of a case with one sign-in and nothing else say what each empty list is, in sentences that read', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: corpusFile('okta_system_log_json', 'test-okta-system-events.log'), kind: 'signin' });
      const out = path.join(work, 'out');
      fs.mkdirSync(out);
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(out, 'one.html') })).outPath, 'utf8');
      const md = fs.readFileSync((await engine.service.writeReport({ format: 'md', outPath: path.join(out, 'one.md') })).outPath, 'utf8');
      expect(html).toContain('<p>1 sign-in, of which 0 failed.');
      expect(html).toContain('<p class="empty">Reference rule rows: none.</p>');
      expect(html).toContain('<p class="empty">No source failed a sign-in: there is no list of the sources with the most failed sign-ins.</p>');
      expect(html).not.toContain('<caption>Sources with the most failed sign-ins');
      expect(html).toContain('<p class="empty">Reference z-score anomalies: none.</p>');
      expect(html).toContain('anomaly where z &gt; 3. It flags <strong');
      expect(html).toContain('<h3>Leaked accounts in the logs</h3><p class="empty">No leaked account names to look for in the logs: no loaded leak has an account column.</p>');
      expect(md).toContain('Evidence: the input re-verified (SHA-256 unchanged).');
    });
  });
});
