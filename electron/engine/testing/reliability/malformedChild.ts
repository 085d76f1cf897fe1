import fs from 'node:fs';
import { requireCase } from '../../case/requireCase';
import { createEngine } from '../../createEngine';
import { dispatch } from '../../dispatch';
import { caseCounts } from './caseCounts';

/** One addSource call the child makes. */
export interface MalformedJob {
  file: string;
  kind: 'transfer' | 'signin' | 'leak';
}

/**
 * Child process of the malformed-input test, so a hang can be bounded by killing it: opens the case, then for
 * each job from `from` on prints `{"start":i}`, calls addSource through dispatch, and prints the outcome with the
 * case's counts before and after. Usage: node --import tsx malformedChild.ts <caseDir> <userDataDir> <jobs.json> <from>
 */
async function main(caseDir: string, userDataDir: string, jobsFile: string, from: number): Promise<void> {
  const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8')) as MalformedJob[];
  const engine = createEngine({ userDataDir, transport: 'http' });
  await engine.service.openCase({ dir: caseDir, create: true });
  const counts = () => requireCase(engine.ctx).withConnection(caseCounts);
  for (let i = from; i < jobs.length; i++) {
    const job = jobs[i] as MalformedJob;
    const before = await counts();
    process.stdout.write(`${JSON.stringify({ start: i })}\n`);
    const t0 = Date.now();
    const result = await dispatch(engine.api, 'addSource', { path: job.file, kind: job.kind, maxRejectShare: 0.01 });
    const ms = Date.now() - t0;
    const after = await counts();
    process.stdout.write(`${JSON.stringify({ done: i, ms, result, before, after })}\n`);
  }
  engine.close();
}

const [caseDir, userDataDir, jobsFile, from] = process.argv.slice(2);
if (!caseDir || !userDataDir || !jobsFile) {
  process.stderr.write('usage: malformedChild <caseDir> <userDataDir> <jobs.json> [from]\n');
  process.exit(64);
}
main(caseDir, userDataDir, jobsFile, Number(from ?? 0)).catch((e: Error) => {
  process.stderr.write(`ERROR ${e.stack ?? e.message}\n`);
  process.exit(1);
});
