import type { AsnSweepResult, SeverityBands } from './runAsnSweepCase';

const bands = (b: SeverityBands) => `${b.critical} / ${b.high} / ${b.medium} / ${b.low}`;

/** Counts by key, largest first, as `key n, key n`. */
const list = (m: Record<string, number>) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '-';

/** Counts by key summed over the cases. */
function pooled(ms: Array<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of ms) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The campaign-ASN sweep as a markdown table: per case the honest accounts and the real wins named, by severity (critical / high / medium / low). */
export function asnSweepReport(results: AsnSweepResult[]): string {
  const out = [
    '| seed | accounts | ISPs | /24s | proxies | rows | honest named critical / high / medium / low | high+ by tie | high+ the campaign user agent ties, by tie | high+ by new address | wins | wins named critical / high / medium / low, none | wins high+ by tie |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const p = r.params;
    const by = list(r.honestHighBy);
    const wins = r.wins.critical + r.wins.high + r.wins.medium + r.wins.low + r.wins.none;
    out.push(
      `| ${p.seed} | ${p.accounts} | ${p.isps} | ${p.nets ?? 40000} | ${p.proxies} | ${r.rows} | ${bands(r.honest)} | ${list(r.honestHighTie)} | ${list(r.honestHighUa)} | ${by} | ${wins} | ${bands(r.wins)}, ${r.wins.none} | ${list(r.winsHighTie)} |`,
    );
  }
  const sum = (f: (r: AsnSweepResult) => number) => results.reduce((s, r) => s + f(r), 0);
  out.push(
    `| all | | | | | ${sum((r) => r.rows)} | ${sum((r) => r.honest.critical)} / ${sum((r) => r.honest.high)} / ${sum((r) => r.honest.medium)} / ${sum((r) => r.honest.low)} | ${list(pooled(results.map((r) => r.honestHighTie)))} | ${list(pooled(results.map((r) => r.honestHighUa)))} | ${list(pooled(results.map((r) => r.honestHighBy)))} | ${sum((r) => r.wins.critical + r.wins.high + r.wins.medium + r.wins.low + r.wins.none)} | ${sum((r) => r.wins.critical)} / ${sum((r) => r.wins.high)} / ${sum((r) => r.wins.medium)} / ${sum((r) => r.wins.low)}, ${sum((r) => r.wins.none)} | ${list(pooled(results.map((r) => r.winsHighTie)))} |`,
  );
  return `${out.join('\n')}\n`;
}
