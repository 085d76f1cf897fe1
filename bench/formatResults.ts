import type { BenchArgs } from './benchArgs';
import { formatBytes } from './formatBytes';
import type { MachineInfo } from './machineInfo';
import type { StepResult } from './StepResult';
import type { TargetVerdict } from './targets';

/** What a run records besides its steps: when, on what, under which load. */
export interface RunHeader {
  startedAt: string;
  minutes: number;
  machine: MachineInfo;
  loadStart: string;
  loadEnd: string;
  pandas?: string;
}

/** A step's detail as compact JSON, numbers rounded to three significant decimals. */
function compactDetail(detail: Record<string, unknown>): string {
  return JSON.stringify(detail, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(3)) : value));
}

const line = (cells: string[]): string => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
const table = (headers: string[], rows: string[][]): string[] => [line(headers), line(headers.map(() => '---')), ...rows.map(line)];

/** The run as Markdown: the machine and load, the targets with PASS/FAIL, then every step's figures. */
export function formatResults(args: BenchArgs, header: RunHeader, verdicts: TargetVerdict[], results: StepResult[]): string {
  const m = header.machine;
  const profile = `${args.name}${args.custom ? ' (custom sizes or --only)' : ''}`;
  const steps = results.map((r) => [
    r.step,
    r.rows ? r.rows.toLocaleString('en') : '-',
    r.failed || r.skipped ? '-' : r.wallS.toFixed(2),
    r.failed || r.skipped ? '-' : r.processWallS.toFixed(2),
    formatBytes(r.peakRssBytes),
    r.p95Ms === undefined ? '' : `${(r.p50Ms ?? 0).toFixed(1)} / ${r.p95Ms.toFixed(1)}`,
    r.loadAtStart.toFixed(1),
    r.failed ? `FAILED: ${r.failed}` : (r.skipped ?? (r.detail ? compactDetail(r.detail) : '')),
  ]);
  return [
    `# Bench results: ${profile} profile`,
    '',
    `- **Machine:** ${m.cpus} cores, ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.os}`,
    `- **Software:** Node ${m.node}, DuckDB ${m.duckdb}${header.pandas ? `, pandas ${header.pandas}` : ''}`,
    `- **Run:** started ${header.startedAt}, ${header.minutes.toFixed(1)} minutes; load average (1, 5, 15 min) at start ${header.loadStart}, at end ${header.loadEnd}`,
    `- **Sizes:** transfer shapes ${args.transferRows.toLocaleString('en')} rows each, sign-in shapes ${args.signinRows.toLocaleString('en')}, leak ${args.leakRows.toLocaleString('en')}, second source ${args.batchRows.toLocaleString('en')}, scaling ${args.scaleRows.map((n) => n.toLocaleString('en')).join(' / ')}`,
    '',
    '## Targets',
    '',
    ...table(
      ['#', 'target', 'shape', 'figure', 'verdict'],
      verdicts.map((v) => [v.id, v.target, v.shape, v.figure, v.verdict === 'PASS' || v.verdict === 'FAIL' ? `**${v.verdict}**` : v.verdict]),
    ),
    '',
    '## Steps',
    '',
    'Wall s is the step\'s own measure (in-process; for the CLI and pandas, the whole process); process s is its child process from spawn to exit.',
    '',
    ...table(['step', 'rows', 'wall s', 'process s', 'peak RSS', 'p50 / p95 ms', 'load', 'detail'], steps),
    '',
  ].join('\n');
}
