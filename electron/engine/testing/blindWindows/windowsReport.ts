import { severities } from '../../../../shared/api/findingsApi';
import type { WindowsResult } from './runWindowsCase';
import { windowsAttacks } from './WindowsTruth';

const caseName = (r: WindowsResult) => `seed ${r.params.seed}, ${r.params.accounts} accounts, ${r.params.days} days, ${r.params.files}`;

/** The Windows domain runs as markdown: per case the wrong findings by severity (wrong as a whole / naming any honest member), recall per attack over all cases, and every high or critical naming honest members. */
export function windowsReport(results: WindowsResult[]): string {
  const out: string[] = ['| case | events | sign-ins loaded | skipped | rejected | wrong critical | wrong high | wrong medium | wrong low |', '|---|---|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const n = (s: string) => `${r.score.wrong.filter((w) => w.wrong && w.severity === s).length} / ${r.score.wrong.filter((w) => w.severity === s).length}`;
    out.push(`| ${caseName(r)} | ${r.events} | ${r.rows} | ${r.skipped} | ${r.rejected} | ${n('critical')} | ${n('high')} | ${n('medium')} | ${n('low')} |`);
  }
  out.push('', '| attack | accounts | right kind | any finding | sources found | best severity (right kind) |', '|---|---|---|---|---|---|');
  for (const a of windowsAttacks) {
    const rs = results.map((r) => r.score.recall.find((x) => x.attack === a)).filter((x) => x !== undefined);
    const sum = (f: (x: (typeof rs)[number]) => number) => rs.reduce((s, x) => s + f(x), 0);
    const sev = [...severities].reverse().concat(['none' as never]).map((s) => `${s} ${sum((x) => x.severity[s] ?? 0)}`).join(', ');
    out.push(`| ${a} | ${sum((x) => x.accounts)} | ${sum((x) => x.right)} | ${sum((x) => x.seen)} | ${sum((x) => x.sourcesRight)}/${sum((x) => x.sources)} | ${sev} |`);
  }
  out.push('', 'Findings naming honest members (high and critical in full, lower ones by kind and phenomenon):', '');
  for (const r of results) {
    for (const w of r.score.wrong.filter((x) => x.severity === 'high' || x.severity === 'critical')) {
      out.push(`- ${caseName(r)}: ${w.wrong ? 'wrong' : 'partly'} ${w.severity} ${w.kind}: ${w.honestAccounts} accounts, ${w.honestSources} sources (${Object.entries(w.labels).map(([k, v]) => `${k} ${v}`).join(', ')}): ${w.summary}`);
    }
    const low: Record<string, number> = {};
    for (const w of r.score.wrong.filter((x) => x.severity === 'medium' || x.severity === 'low')) for (const k of Object.keys(w.labels)) low[`${w.severity} ${w.kind} ${k}`] = (low[`${w.severity} ${w.kind} ${k}`] ?? 0) + 1;
    if (Object.keys(low).length > 0) out.push(`- ${caseName(r)}, lower: ${Object.entries(low).map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}
