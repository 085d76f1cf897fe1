import fs from 'node:fs';
import path from 'node:path';
import type { SourceCoverageDto } from '../../../../shared/api/coverageApi';
import type { Engine } from '../../createEngine';
import { blindJsonGroup } from './writeBlindLeak';
import { blindLeak, type BlindColumn, type BlindLeak, type BlindLeakSpec } from './blindLeak';
import { writeBlindLeak } from './writeBlindLeak';

/** One column's truth beside what the coverage said about it. */
export interface BlindColumnScore {
  kind: string;
  header: string;
  variant: string;
  expected: string;
  got: string;
  right: boolean;
  populated: [number, number];
  valid: [number, number];
  distinct: [number, number];
}

/** A blind case's score: every column, the people counted against the truth, the hash census against the truth. */
export interface BlindLeakScore {
  spec: BlindLeakSpec;
  lang: string;
  rows: [number, number];
  /** Distinct people in the leak, and the engine's count. */
  people: [number, number];
  /** The count the documented rule gives over the key column the engine chose (distinct values lower-cased, plus one per record without a valid one). */
  peopleByRule: number;
  subjectColumn: string | null;
  columns: BlindColumnScore[];
  /** Password values per scheme family: [truth, counted by the census]. */
  census: Record<string, [number, number]>;
  /** Why the file was not loaded, when the engine refused it. */
  refused?: string;
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The scheme family a generated password was written in, known from how the generator writes each one. */
export function blindSchemeOf(v: string): string {
  if (v.startsWith('$2')) return 'bcrypt';
  if (v.startsWith('$argon2')) return 'argon2';
  if (/^[0-9a-f]{32}:/.test(v)) return 'md5salted';
  if (/^[0-9a-f]{40}$/.test(v)) return 'sha1';
  if (/^[0-9a-f]{32}$/.test(v)) return 'md5';
  return 'plain';
}

/** The census scheme name the engine gives, folded to the generator's families (bare hex is named by length only). */
function censusFamily(scheme: string): string {
  const s = scheme.toLowerCase();
  if (s === 'bcrypt' || s === 'argon2') return s;
  if (s.startsWith('salted')) return 'md5salted';
  if (s.includes('sha1-class')) return 'sha1';
  if (s.includes('md5/ntlm')) return 'md5';
  if (s === 'plaintext-looking') return 'plain';
  return scheme;
}

function fieldFor(leak: BlindLeak, cov: SourceCoverageDto, c: BlindColumn, index: number) {
  if (leak.spec.shape === 'noHeader') return cov.fields[index];
  const group = leak.spec.shape === 'jsonl' ? blindJsonGroup(c) : null;
  const want = norm(`${group ?? ''}${c.header}`);
  return cov.fields.find((f) => norm(f.column) === want);
}

/** Truth figures of one generated column, as shares of all records and of populated values. */
export function blindColumnTruth(c: BlindColumn): { populated: number; valid: number; distinct: number } {
  const present = c.values.map((v, i) => ({ v, bad: c.invalid[i] })).filter((x) => x.v !== null && x.v.trim() !== '');
  return {
    populated: present.length / c.values.length,
    valid: present.length === 0 ? 0 : present.filter((x) => !x.bad).length / present.length,
    distinct: new Set(present.map((x) => x.v)).size,
  };
}

/**
 * The people the documented rule counts over the generated column the engine took as its key: distinct values
 * lower-cased plus one per record without one (for e-mails, without a valid one); one per record without a key.
 */
export function blindPeopleByRule(key: BlindColumn | undefined): number {
  if (!key) return Number.NaN;
  const keyed = key.values.filter((v, i): v is string => v !== null && !(key.kind === 'email' && key.invalid[i]));
  return new Set(keyed.map((v) => v.toLowerCase())).size + key.values.length - keyed.length;
}

/** Writes a blind case, loads it as the workbench does (a leak source, then the coverage) and scores it against its truth. */
export async function scoreBlindLeak(engine: Engine, work: string, spec: BlindLeakSpec): Promise<BlindLeakScore> {
  const leak = blindLeak(spec);
  const file = writeBlindLeak(leak);
  const target = path.join(work, `${spec.seed}-${file.name}`);
  fs.writeFileSync(target, file.bytes);
  const source = await engine.service.addSource({ path: target, kind: 'leak' }).catch((e: unknown) => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)));
  if (typeof source === 'string') return { spec, lang: leak.lang, rows: [spec.rows, 0], people: [leak.people, 0], peopleByRule: Number.NaN, subjectColumn: null, columns: [], census: {}, refused: source };
  const [cov] = await engine.service.coverage({ sourceId: source.id });
  if (!cov) throw new Error('no coverage for the blind leak');
  const columns = leak.columns.map((c, i) => {
    const f = fieldFor(leak, cov, c, i);
    const t = blindColumnTruth(c);
    const got = f?.dataClass ?? `(no column; have ${cov.fields.map((x) => x.column).join(', ')})`;
    return {
      kind: c.kind,
      header: c.header,
      variant: c.variant,
      expected: c.classes[0] as string,
      got,
      right: c.classes.includes(got),
      populated: [t.populated, f?.populated ?? 0] as [number, number],
      valid: [t.valid, f?.valid ?? 0] as [number, number],
      distinct: [t.distinct, f?.distinct ?? 0] as [number, number],
    };
  });
  const census: Record<string, [number, number]> = {};
  const pw = leak.columns.find((c) => c.kind === 'password');
  if (pw) {
    for (const v of pw.values) if (v !== null) (census[blindSchemeOf(v)] ??= [0, 0])[0] += 1;
    const pwField = fieldFor(leak, cov, pw, leak.columns.indexOf(pw));
    for (const h of cov.passwordHashes.filter((x) => x.column === pwField?.column)) (census[censusFamily(h.scheme)] ??= [0, 0])[1] += h.count;
  }
  const key = leak.columns.find((c, i) => fieldFor(leak, cov, c, i)?.column === cov.subjectColumn);
  const peopleByRule = cov.subjectColumn === null ? spec.rows : blindPeopleByRule(key);
  return { spec, lang: leak.lang, rows: [spec.rows, cov.rows], people: [leak.people, cov.subjects], peopleByRule, subjectColumn: cov.subjectColumn, columns, census };
}
