import type { Severity } from '../../../../shared/api/findingsApi';
import type { ExportSweepResult } from './exportSweep';
import type { ExportClassScore } from './scoreExportFindings';

const gb = (x: number | undefined) => (x === undefined ? '' : `${Math.round(x / 1e8) / 10}`);
const sevs: Severity[] = ['critical', 'high', 'medium', 'low'];

/** A class's incidents found of all, with the found ones by their most severe finding (h/m/l). */
function classCell(s: ExportClassScore | undefined): string {
  if (!s || s.incidents === 0) return '–';
  const n = (v: Severity) => s.perIncident.filter((x) => x.severity === v).length;
  return `${s.detected}/${s.incidents} (${n('critical') + n('high')}/${n('medium')}/${n('low')})`;
}

/** Planted bulk pulls of at least 12 GB whose most severe finding is not high or critical (every one must be). */
export function bulkNotHigh(x: ExportSweepResult): number {
  const bulk = x.score.classes.find((c) => c.cls === 'bulk');
  return (bulk?.perIncident ?? []).filter((i) => i.bytes >= 12e9 && i.severity !== 'high' && i.severity !== 'critical').length;
}

/** Benign users flagged at severity `v` in one result, by behaviour. */
function benignAt(x: ExportSweepResult, v: Severity): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [label, by] of Object.entries(x.score.benign)) if ((by[v] ?? 0) > 0) out[label] = by[v] ?? 0;
  return out;
}

/** Sum of a result's benign users at severity `v`. */
export function benignTotal(x: ExportSweepResult, v: Severity): number {
  return Object.values(benignAt(x, v)).reduce((a, b) => a + b, 0);
}

const listed = (m: Record<string, number>) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** One case in one table row. */
function caseRow(x: ExportSweepResult): string {
  const p = x.c.params;
  const cls = (c: ExportClassScore['cls']) => classCell(x.score.classes.find((s) => s.cls === c));
  const occasional = [p.bigDays ? `big days ${p.bigDays}` : '', p.quarterEnd ? `quarter-end ${p.quarterEnd}` : '', p.dataScience ? `data science ${p.dataScience}` : ''].filter(Boolean).join(', ');
  const release = p.burstShare === 0 ? 'none' : `${Math.round((p.burstShare ?? 0.8) * 100)} % × ${gb(p.burstBytes ?? 3e9)} GB`;
  const high = benignTotal(x, 'high') + benignTotal(x, 'critical');
  return `| ${x.c.name} | ${p.users ?? 300} | ${p.days ?? 28} | ${p.eventsPerHour ?? 4} | ${p.eventSigma ?? 1.6} | ${occasional} | ${release} | ${x.rows} | ${x.score.findings} (${x.score.crowd}) | ${x.c.attacks ? cls('bulk') : ''} | ${x.c.attacks ? bulkNotHigh(x) : ''} | ${
    x.c.attacks ? cls('slow') : ''
  } | ${x.c.attacks ? cls('service_exfil') : ''} | ${high} / ${benignTotal(x, 'medium')} / ${benignTotal(x, 'low')} | ${listed(benignAt(x, 'medium'))} | ${listed({ ...benignAt(x, 'high'), ...benignAt(x, 'critical') })} | ${x.seconds} |`;
}

/** Pooled counts over every case: findings, crowd findings, bulk recall, and benign users per severity and behaviour. */
function pooled(results: ExportSweepResult[]): string[] {
  const sum = (f: (x: ExportSweepResult) => number) => results.reduce((n, x) => n + f(x), 0);
  const cls = (c: ExportClassScore['cls'], f: (s: ExportClassScore) => number) => sum((x) => f(x.score.classes.find((s) => s.cls === c) as ExportClassScore));
  const by: Record<string, Record<string, number>> = {};
  for (const x of results) for (const v of sevs) for (const [label, n] of Object.entries(benignAt(x, v))) by[v] = { ...by[v], [label]: (by[v]?.[label] ?? 0) + n };
  return [
    `- findings ${sum((x) => x.score.findings)}, of them crowd hours ${sum((x) => x.score.crowd)}`,
    ...(['bulk', 'slow', 'service_exfil'] as const).map((c) => {
      const at = (v: Severity) => cls(c, (s) => s.perIncident.filter((i) => i.severity === v).length);
      return `- ${c}: found ${cls(c, (s) => s.detected)} of ${cls(c, (s) => s.incidents)} (high ${at('critical') + at('high')}, medium ${at('medium')}, low ${at('low')})`;
    }),
    `- bulk pulls of 12 GB and more not high: ${sum(bulkNotHigh)}`,
    ...sevs.map((v) => `- benign users ${v}: ${sum((x) => benignTotal(x, v))} (${listed(by[v] ?? {})})`),
  ];
}

/** The sweep's results as markdown: one row per case, then the pooled counts. */
export function exportSweepReport(results: ExportSweepResult[]): string {
  const lines = [
    '| case | people | days | events/h | sigma | occasional | release | rows | findings (crowd) | bulk found (h/m/l) | bulk ≥ 12 GB not high | slow found (h/m/l) | service found (h/m/l) | benign users h / m / l | benign medium by behaviour | benign high by behaviour | s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(caseRow),
    '',
    ...pooled(results),
  ];
  return `${lines.join('\n')}\n`;
}
