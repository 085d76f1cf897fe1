import { severities } from '../../../../shared/api/findingsApi';
import { exportExfil } from './BlindExportTruth';
import type { BlindExportResult } from './runBlindExportCase';

const caseName = (r: BlindExportResult) => `seed ${r.params.seed}, ${r.params.people} people, ${r.params.days} days`;

/** The blind transfer runs as markdown: per case the honest users named per severity and the reference anomalies, recall per class over all cases, then every wrong high or critical and the lower ones by behaviour. */
export function blindExportReport(results: BlindExportResult[]): string {
  const out: string[] = [
    '| case | rows written / loaded | honest named critical | high | medium | low (crowd) | reference anomalies exfil / honest |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const n = (s: string) => r.score.wrong.filter((w) => w.severity === s).length;
    const crowd = r.score.wrong.filter((w) => w.severity === 'low' && w.crowd).length;
    out.push(
      `| ${caseName(r)} | ${r.written} / ${r.loaded} | ${n('critical')} | ${n('high')} | ${n('medium')} | ${n('low')} (${crowd}) | ${r.score.reference.exfil} / ${r.score.reference.honest} |`,
    );
  }
  out.push('', '| exfiltration | incidents | found | best severity |', '|---|---|---|---|');
  for (const cls of exportExfil) {
    const rs = results.map((r) => r.score.recall.find((x) => x.cls === cls)).filter((x) => x !== undefined);
    const sum = (f: (x: (typeof rs)[number]) => number) => rs.reduce((s, x) => s + f(x), 0);
    const sev = [...severities]
      .reverse()
      .concat(['none' as never])
      .map((s) => `${s} ${sum((x) => x.severity[s] ?? 0)}`)
      .join(', ');
    out.push(`| ${cls} | ${sum((x) => x.incidents)} | ${sum((x) => x.found)} | ${sev} |`);
  }
  out.push('', 'Honest users named at high or critical, and the lower ones by behaviour:', '');
  for (const r of results) {
    for (const w of r.score.wrong.filter((x) => x.severity === 'high' || x.severity === 'critical'))
      out.push(`- ${caseName(r)}: ${w.severity} ${w.behaviour}: ${w.summary}`);
    const low: Record<string, number> = {};
    for (const w of r.score.wrong.filter((x) => x.severity === 'medium' || x.severity === 'low'))
      low[`${w.severity} ${w.behaviour}`] = (low[`${w.severity} ${w.behaviour}`] ?? 0) + 1;
    if (Object.keys(low).length > 0)
      out.push(
        `- ${caseName(r)}, lower: ${Object.entries(low)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ×${v}`)
          .join('; ')}`,
      );
  }
  return `${out.join('\n')}\n`;
}
