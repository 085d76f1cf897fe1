import type { BlindColumnScore, BlindLeakScore } from './scoreBlindLeak';

const pct = (x: number) => `${(x * 100).toFixed(1)}`;

/** Spellings only a header tells apart (codes, bare numbers such as Spanish and Italian phones, account-number fragments without their check digits, ids repeated over a person's records, ciphertext, two-letter countries, town names, plain passwords). */
const needsHeader = new Set(['gender/12', 'lastLogin/epoch', 'dob/epoch', 'dob/excel', 'phone/lostZero', 'phone/plain', 'phoneEncrypted/base64', 'phoneEncrypted/hex', 'country/plain', 'city/plain', 'customerId/prefixed', 'customerId/number', 'loyalty/plain', 'iban/plain', 'password/plain', 'username/plain']);

/**
 * Why a miss is a known, documented limit (docs/coverage-scenarios.md), or null for a defect: without a header the
 * spellings above cannot be told from other content; `identifiant` (a French log-in name or an id) is taken for
 * Identifiers, personal either way; customer codes with a letter prefix are Identifiers whose validator takes digits only.
 */
export function blindKnownLimit(shape: string, c: BlindColumnScore, what: 'class' | 'valid'): string | null {
  if (what === 'class' && shape === 'noHeader' && needsHeader.has(`${c.kind}/${c.variant}`)) return 'needs a header';
  if (what === 'class' && c.kind === 'username' && c.header === 'identifiant' && c.got === 'Identifiers') return 'identifiant is an identifier';
  if (what === 'valid' && c.kind === 'customerId' && c.variant === 'prefixed') return 'letter-prefixed ids fail the digits validator';
  return null;
}

/** The known limits a blind case met, one line each, counted apart from the defects. */
export function blindLeakKnown(s: BlindLeakScore): string[] {
  const name = `seed ${s.spec.seed} ${s.spec.shape} ${s.lang} ${s.spec.rows}`;
  return s.columns.flatMap((c) => {
    const why = !c.right ? blindKnownLimit(s.spec.shape, c, 'class') : Math.abs(c.valid[0] - c.valid[1]) > 0.02 ? blindKnownLimit(s.spec.shape, c, 'valid') : null;
    return why === null ? [] : [`${name}: ${c.kind}/${c.variant} "${c.header}" is ${c.got} (valid ${pct(c.valid[1])} %): ${why}`];
  });
}

/** What went wrong in a blind run, one line each, so a run's output reads as the list of defects (known limits left out). */
export function blindLeakWrongs(s: BlindLeakScore): string[] {
  const name = `seed ${s.spec.seed} ${s.spec.shape} ${s.lang} ${s.spec.rows}`;
  const out: string[] = [];
  if (s.refused !== undefined) return [`${name}: not loaded: ${s.refused}`];
  if (s.rows[0] !== s.rows[1]) out.push(`${name}: rows ${s.rows[1]} loaded of ${s.rows[0]}`);
  if (s.people[1] < s.people[0] || s.people[1] !== s.peopleByRule)
    out.push(`${name}: people ${s.people[1]} counted (${s.subjectColumn ?? 'no key'}) of ${s.people[0]} (the rule says ${s.peopleByRule})`);
  for (const c of s.columns) {
    if (!c.right && blindKnownLimit(s.spec.shape, c, 'class') === null) out.push(`${name}: ${c.kind}/${c.variant} "${c.header}" is ${c.got}, not ${c.expected}`);
    if (Math.abs(c.populated[0] - c.populated[1]) > 0.005) out.push(`${name}: ${c.kind} "${c.header}" populated ${pct(c.populated[1])} % of truth ${pct(c.populated[0])} %`);
    if (c.right && c.got !== 'Other' && Math.abs(c.valid[0] - c.valid[1]) > 0.02 && blindKnownLimit(s.spec.shape, c, 'valid') === null) out.push(`${name}: ${c.kind}/${c.variant} "${c.header}" valid ${pct(c.valid[1])} % of truth ${pct(c.valid[0])} %`);
    if (c.right && Math.abs(c.distinct[0] - c.distinct[1]) > Math.max(1, c.distinct[0] * 0.02)) out.push(`${name}: ${c.kind} "${c.header}" distinct ${c.distinct[1]} of truth ${c.distinct[0]}`);
  }
  const passwordsRight = s.columns.find((c) => c.kind === 'password')?.right === true;
  for (const [scheme, [want, got]] of Object.entries(s.census)) if (passwordsRight && want !== got) out.push(`${name}: census ${scheme} ${got} of truth ${want}`);
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
  const under = scores.filter((s) => s.people[1] < s.people[0]).length;
  const over = scores.reduce((m, s) => Math.max(m, s.people[1] / Math.max(1, s.people[0]) - 1), 0);
  return [
    `${scores.length} cases, ${all.length} columns, ${all.filter((c) => c.right).length} classed right; people exact in ${peopleRight}/${scores.length}, under-counted in ${under}, over-counted by at most ${(over * 100).toFixed(1)} %`,
    '',
    '| column kind | right | taken for |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}
