import type { SweepResult } from './signinSweep';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));

/** The parameters of a case in one table row. */
function caseRow(x: SweepResult): string {
  const p = x.c.params;
  const proxy = p.proxyAccounts === undefined ? 'default' : `${p.proxyAccounts} / ${p.proxyMaxAccountsPerSource} / ${p.proxyTriesPerAccount} / ${p.proxyHours} h`;
  const wrong = x.wrong.filter((w) => w.wrong).length;
  return `| ${x.c.name} | ${p.accounts} | ${p.days} | ${p.typoRate === undefined ? '3 %' : pct(p.typoRate)} | ${p.mobileShare === undefined ? '38 %' : pct(p.mobileShare)} on ${p.cgnatAddresses ?? 30} | ${
    p.leakShare === undefined ? '40 %' : pct(p.leakShare)
  } | ${x.c.intel ? 'yes' : 'no'} | ${x.c.attacks ? (p.perClass ?? 50) : 'none'} | ${x.c.attacks ? proxy : ''} | ${p.overlap ? 'yes' : ''} | ${(p.phenomena ?? []).join(', ')} | ${x.rows} | ${wrong} / ${x.wrong.length} | ${x.pentest ?? ''} |`;
}

/** Precision and recall per class over every case: pooled counts, the worst case, and how many cases fall under 0.9. */
function classTable(results: SweepResult[]): string[] {
  const keys = [...new Set(results.flatMap((x) => x.scores.map((s) => `${s.cls}|${s.on}`)))];
  return keys.map((key) => {
    const [cls, on] = key.split('|');
    const s = results.flatMap((x) => x.scores.filter((y) => `${y.cls}|${y.on}` === key).map((y) => ({ ...y, name: x.c.name })));
    const sum = (f: (y: (typeof s)[number]) => number) => s.reduce((n, y) => n + f(y), 0);
    const judged = s.filter((y) => y.truth > 0);
    const worstP = judged.reduce((m, y) => Math.min(m, y.precision), 1);
    const worstR = judged.reduce((m, y) => Math.min(m, y.recall), 1);
    const under = judged.filter((y) => y.precision < 0.9 || y.recall < 0.9).map((y) => `${y.name} (${y.precision} / ${y.recall})`);
    return `| ${cls} | ${on} | ${sum((y) => y.truth)} | ${ratio(sum((y) => y.hit), sum((y) => y.predicted))} | ${ratio(sum((y) => y.hit), sum((y) => y.truth))} | ${worstP} / ${worstR} | ${under.join('; ')} |`;
  });
}

/** Medium and low findings naming honest members, per kind and severity, pooled over every case: how many, how many wrong as a whole, and their honest members per phenomenon. */
function lowerTable(results: SweepResult[]): string[] {
  const rows = new Map<string, { n: number; wrong: number; phenomena: Record<string, number> }>();
  for (const w of results.flatMap((x) => x.lower)) {
    const key = `${w.kind} | ${w.severity}`;
    const r = rows.get(key) ?? { n: 0, wrong: 0, phenomena: {} };
    r.n += 1;
    r.wrong += w.wrong ? 1 : 0;
    for (const [k, n] of Object.entries(w.phenomena)) r.phenomena[k] = (r.phenomena[k] ?? 0) + n;
    rows.set(key, r);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, r]) => `| ${key} | ${r.n} | ${r.wrong} | ${Object.entries(r.phenomena).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ')} |`);
}

/** The sweep's results as markdown: the cases, P/R per class, and every high/critical finding naming honest members. */
export function sweepReport(results: SweepResult[]): string {
  const lines = [
    '| case | accounts | days | typos | CGNAT share on addresses | leak | intel | per class | proxy ids / per source / tries / hours | overlap | phenomena | rows | wrong / with honest members | pen test |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(caseRow),
    '',
    '| class | on | truth | precision (pooled) | recall (pooled) | worst P / R | cases under 0.9 (P / R) |',
    '|---|---|---|---|---|---|---|',
    ...classTable(results),
    '',
    'High and critical findings naming honest accounts or addresses (wrong: an account finding on an honest account, or a campaign listing an honest address or mostly honest accounts):',
    '',
    '| case | kind | severity | wrong | honest accounts / members | honest sources / members | phenomena | summary |',
    '|---|---|---|---|---|---|---|---|',
    ...results.flatMap((x) =>
      x.wrong.map(
        (w) =>
          `| ${x.c.name} | ${w.kind} | ${w.severity} | ${w.wrong ? 'yes' : ''} | ${w.benignAccounts} / ${w.accounts} | ${w.benignSources} / ${w.sources} | ${Object.entries(w.phenomena)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')} | ${w.summary.slice(0, 160).replace(/\|/g, '/')} |`,
      ),
    ),
    '',
    'Medium and low findings naming honest accounts or addresses, pooled over the cases:',
    '',
    '| kind | severity | findings | wrong | honest members per phenomenon |',
    '|---|---|---|---|---|',
    ...lowerTable(results),
  ];
  return `${lines.join('\n')}\n`;
}
