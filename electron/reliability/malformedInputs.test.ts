import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { malformedFamilies, writeMalformedCorpus, type MalformedFamily } from '../engine/testing/reliability/malformedCorpus';
import type { MalformedJob } from '../engine/testing/reliability/malformedChild';
import { runMalformedJobs, type MalformedOutcome } from '../engine/testing/reliability/runMalformedJobs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-malformed-'));
const kinds = ['transfer', 'signin', 'leak'] as const;
/**
 * Longest one addSource call may take on a malformed file before it counts as a hang: generous on purpose (each file
 * is a few KB and loads in well under a second; five lanes share two cores), so only a real hang reaches it.
 */
const callBoundMs = 120_000;
/** Families no loader may accept: their content is damaged or not text at all. */
const neverAccepted: MalformedFamily[] = ['truncated-gzip', 'binary-as-csv'];
/** Known defects in other engineers' loaders, tolerated here so CI stays usable, and listed in the report until fixed. */
const knownDefects: Array<{ kind: MalformedJob['kind']; family: MalformedFamily; name?: RegExp; why: string }> = [
];

describe('malformed inputs: a clear refusal or reasoned rejects, never a crash, a hang or a changed case', () => {
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('feeds ≥200 bad files to addSource as transfer, signin and leak', async () => {
    const corpus = writeMalformedCorpus(path.join(work, 'corpus'));
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((f) => f.family))).toEqual(new Set(malformedFamilies));
    const familyOf = new Map(corpus.map((f) => [f.file, f.family]));

    const lanes: MalformedJob[][] = [
      ...kinds.filter((k) => k !== 'leak').map((kind) => corpus.map((f) => ({ file: f.file, kind }))),
      corpus.filter((_, i) => i % 2 === 0).map((f) => ({ file: f.file, kind: 'leak' as const })),
      corpus.filter((_, i) => i % 2 === 1).map((f) => ({ file: f.file, kind: 'leak' as const })),
    ];
    const started = Date.now();
    const outcomes: MalformedOutcome[] = (await Promise.all(lanes.map((jobs, i) => runMalformedJobs(path.join(work, `case${i}`), jobs, callBoundMs)))).flat();
    const seconds = (Date.now() - started) / 1000;
    expect(outcomes).toHaveLength(corpus.length * kinds.length);

    const label = (o: MalformedOutcome) => `${o.job.kind} ${path.basename(o.job.file)}`;
    const known = (o: MalformedOutcome) =>
      knownDefects.some((d) => d.kind === o.job.kind && d.family === familyOf.get(o.job.file) && (!d.name || d.name.test(o.job.file)));
    expect(outcomes.filter((o) => o.crashed).map((o) => `${label(o)}: ${o.crashed}`), 'the engine died').toEqual([]);
    expect(outcomes.filter((o) => o.hung && !known(o)).map((o) => `${label(o)} after ${o.ms} ms`), `calls over ${callBoundMs} ms`).toEqual([]);

    const refused = outcomes.filter((o) => o.result && !o.result.ok);
    const accepted = outcomes.filter((o) => o.result?.ok);
    for (const o of refused) {
      const error = o.result && !o.result.ok ? o.result.error : null;
      expect(error?.code, `${label(o)}: ${error?.message}`).not.toBe('internal');
      expect(error?.message, label(o)).toContain(path.basename(o.job.file));
      expect(o.after?.tables, `${label(o)} changed the tables`).toEqual(o.before?.tables);
      for (const k of ['sources', 'transfer', 'signin', 'rejects'] as const) expect(o.after?.[k], `${label(o)} changed ${k}`).toBe(o.before?.[k]);
      expect((o.after?.audit ?? 0) - (o.before?.audit ?? 0), `${label(o)}: at most one ingest_refused audit row`).toBeLessThanOrEqual(1);
    }
    for (const o of accepted) {
      const s = (o.result?.ok ? o.result.value : null) as { status: string; rowsLoaded: number; rowsRejected: number } | null;
      expect(s?.status, label(o)).toBe('ready');
      expect(s?.rowsLoaded, label(o)).toBeGreaterThan(0);
      expect(o.after?.sources, `${label(o)}: exactly one source added`).toBe((o.before?.sources ?? 0) + 1);
      if ((s?.rowsRejected ?? 0) > 0) expect(o.after?.rejects ?? 0, `${label(o)}: rejected rows keep their reasons`).toBeGreaterThan(o.before?.rejects ?? 0);
      if (!known(o)) expect(neverAccepted, `${label(o)} was loaded although its family must be refused`).not.toContain(familyOf.get(o.job.file));
    }
    const byFamily = Object.fromEntries(malformedFamilies.map((f) => [f, corpus.filter((c) => c.family === f).length]));
    console.info(
      `malformed corpus: ${corpus.length} files ${JSON.stringify(byFamily)}; ${outcomes.length} calls in ${seconds.toFixed(0)} s; ` +
        `${refused.length} refused, ${accepted.length} loaded (${accepted.map(label).join(', ')})`,
    );
  }, 1_800_000);
});
