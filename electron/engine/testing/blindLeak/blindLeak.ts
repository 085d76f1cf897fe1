import { seededRandom } from '../../demo/seededRandom';
import { blindColumnKinds, type BlindColumnKind, type BlindRecordContext } from './blindColumns';
import { blindLanguages, type BlindLanguage } from './blindNames';
import { blindPeople } from './blindPeople';

/** The file shapes third-party dumps come in. */
export const blindShapes = ['csv', 'semicolonBom', 'tab', 'cp1252', 'noHeader', 'jsonl', 'sql'] as const;

/** One of blindShapes. */
export type BlindShape = (typeof blindShapes)[number];

/** What a blind case is drawn from: the seed decides language, columns and spellings. */
export interface BlindLeakSpec {
  seed: number;
  rows: number;
  shape: BlindShape;
}

/** One column of a generated leak with the values written and its truth. */
export interface BlindColumn {
  kind: string;
  header: string;
  variant: string;
  classes: string[];
  values: (string | null)[];
  invalid: boolean[];
}

/** A generated leak before it is written as a file: its columns, and the number of distinct people in it. */
export interface BlindLeak {
  spec: BlindLeakSpec;
  lang: BlindLanguage;
  columns: BlindColumn[];
  people: number;
}

const inclusion: Record<string, number> = { phoneEncrypted: 0.4, sparsePhone: 0.5, fullname: 0.4, postcodeCity: 0.4, iban: 0.4, notes: 0.6 };

function ipv6(r: () => number): string {
  const h = () => Math.floor(r() * 0x10000).toString(16);
  return `2001:db8:${h()}:${h()}::${h()}`;
}

function ipv4(r: () => number): string {
  return `${['192.0.2', '198.51.100', '203.0.113'][Math.floor(r() * 3)]}.${1 + Math.floor(r() * 254)}`;
}

/** Draws a leak from a spec: a seeded language, subset of column kinds, spellings, duplicated and keyless people. */
export function blindLeak(spec: BlindLeakSpec): BlindLeak {
  const r = seededRandom(spec.seed * 7919 + spec.rows);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const lang = pick(blindLanguages);
  const hasEmail = r() < 0.85;
  const kinds = blindColumnKinds.filter((k) => (k.kind === 'email' ? hasEmail : k.kind === 'customerId' || r() < (inclusion[k.kind] ?? 0.7)));
  const personCount = Math.max(10, Math.round(spec.rows * 0.8));
  const people = blindPeople(r, personCount, lang, hasEmail ? 0.03 : 0);
  const withEmail = people.filter((p) => p.email !== null);
  const records = people.map((p) => p);
  while (records.length < spec.rows) records.push(pick(withEmail.length > 0 ? withEmail : people));
  for (let i = records.length - 1; i > 0; i -= 1) {
    const j = Math.floor(r() * (i + 1));
    [records[i], records[j]] = [records[j] as (typeof records)[number], records[i] as (typeof records)[number]];
  }
  const contexts: BlindRecordContext[] = records.map(() => ({
    lastLogin: new Date(Date.UTC(2021, 0, 1) + Math.floor(r() * 4 * 365 * 86_400_000)),
    ip4: ipv4(r),
    ip6: ipv6(r),
    created: new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 6 * 365 * 86_400_000)),
  }));
  const used = new Set<string>();
  const columns = kinds.map((k: BlindColumnKind) => {
    const variant = pick(k.variants);
    let header = k.kind === 'email' && variant === 'misleadingId' ? 'id' : pick(k.headers[lang]);
    while (used.has(header.toLowerCase())) header = `${header}_2`;
    used.add(header.toLowerCase());
    const written = records.map((p, i) => (r() < k.empty ? { value: null } : k.write(p, contexts[i] as BlindRecordContext, variant, r, lang)));
    return { kind: k.kind, header, variant, classes: k.classes, values: written.map((w) => w.value), invalid: written.map((w) => w.invalid === true) };
  });
  for (let i = columns.length - 1; i > 0; i -= 1) {
    const j = Math.floor(r() * (i + 1));
    [columns[i], columns[j]] = [columns[j] as BlindColumn, columns[i] as BlindColumn];
  }
  return { spec, lang, columns, people: new Set(records.map((p) => p.index)).size };
}
