import type { BlindLeakScore } from './scoreBlindLeak';

const pct = (x: number) => `${(x * 100).toFixed(1)}`;

/** What went wrong in a blind run, one line each, so a run's output reads as the list of defects. */
export function blindLeakWrongs(s: BlindLeakScore): string[] {
  const name = `seed ${s.spec.seed} ${s.spec.shape} ${s.lang} ${s.spec.rows}`;
  const out: string[] = [];
  if (s.refused !== undefined) return [`${name}: not loaded: ${s.refused}`];
  if (s.rows[0] !== s.rows[1]) out.push(`${name}: rows ${s.rows[1]} loaded of ${s.rows[0]}`);
  if (s.people[0] !== s.people[1]) out.push(`${name}: people ${s.people[1]} counted (${s.subjectColumn ?? 'no key'}) of ${s.people[0]}`);
  for (const c of s.columns) {
    if (!c.right) out.push(`${name}: ${c.kind}/${c.variant} "${c.header}" is ${c.got}, not ${c.expected}`);
    if (Math.abs(c.populated[0] - c.populated[1]) > 0.005) out.push(`${name}: ${c.kind} "${c.header}" populated ${pct(c.populated[1])} % of truth ${pct(c.populated[0])} %`);
    if (c.right && c.got !== 'Other' && Math.abs(c.valid[0] - c.valid[1]) > 0.02) out.push(`${name}: ${c.kind}/${c.variant} "${c.header}" valid ${pct(c.valid[1])} % of truth ${pct(c.valid[0])} %`);
    if (c.right && Math.abs(c.distinct[0] - c.distinct[1]) > Math.max(1, c.distinct[0] * 0.02)) out.push(`${name}: ${c.kind} "${c.header}" distinct ${c.distinct[1]} of truth ${c.distinct[0]}`);
  }
  for (const [scheme, [want, got]] of Object.entries(s.census)) if (want !== got) out.push(`${name}: census ${scheme} ${got} of truth ${want}`);
  return out;
}

/** The run's figures as markdown: classification accuracy per column kind, people and census errors. */
export function blindLeakReport(scores: BlindLeakScore[]): string {
  const byKind = new Map<string, { n: number; right: number; wrong: Map<string, number> }>();
  for (const c of scores.flatMap((s) => s.columns)) {
    const k = byKind.get(c.kind) ?? { n: 0, right: 0, wrong: new Map<string, number>() };
    k.n += 1;
    if (c.right) k.right += 1;
    else k.wrong.set(c.got, (k.wrong.get(c.got) ?? 0) + 1);
    byKind.set(c.kind, k);
  }
  const rows = [...byKind].map(([kind, k]) => `| ${kind} | ${k.right}/${k.n} | ${[...k.wrong].map(([g, n]) => `${g} ${n}`).join(', ')} |`);
  const all = scores.flatMap((s) => s.columns);
  const peopleRight = scores.filter((s) => s.people[0] === s.people[1]).length;
  return [
    `${scores.length} cases, ${all.length} columns, ${all.filter((c) => c.right).length} classed right; people exact in ${peopleRight}/${scores.length}`,
    '',
    '| column kind | right | taken for |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}
