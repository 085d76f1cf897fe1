import { formatBytes } from './formatBytes';
import { ratioOf } from './ratioOf';
import type { StepResult } from './StepResult';

const headers = ['step', 'rows', 'wall s', 'peak RSS', 'vs pandas', 'vs DuckDB', 'p50/p95 ms', 'load', 'note'];

/** Renders the results as a Markdown table (ratios are step time / reference time: below 1 is faster). */
export function formatTable(results: StepResult[]): string {
  const rows = results.map((r) => {
    const vsPandas = ratioOf(r, r.vsPandas, results);
    const vsDuckdb = ratioOf(r, r.vsDuckdb, results);
    const sqlP50 = r.detail?.sqlP50Ms;
    const overhead = r.p50Ms !== undefined && typeof sqlP50 === 'number' ? `median ${r.p50Ms.toFixed(0)} ms vs its SQL ${sqlP50.toFixed(0)} ms, interleaved` : '';
    const note = r.failed ? `FAILED: ${r.failed}` : (r.skipped ?? overhead);
    return [
      r.step,
      r.rows ? r.rows.toLocaleString('en') : '-',
      r.failed || r.skipped ? '-' : r.wallS.toFixed(2),
      formatBytes(r.peakRssBytes),
      vsPandas === null ? '' : `${vsPandas.toFixed(3)}`,
      vsDuckdb === null ? '' : `${vsDuckdb.toFixed(2)}`,
      r.p95Ms === undefined ? '' : `${(r.p50Ms ?? 0).toFixed(1)} / ${r.p95Ms.toFixed(1)}`,
      r.loadAtStart === undefined ? '' : r.loadAtStart.toFixed(1),
      note,
    ];
  });
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
