import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Result } from '../../../../shared/result';
import type { CaseCounts } from './caseCounts';
import type { MalformedJob } from './malformedChild';

/** What happened to one job: its Result and the case counts around it, or that it hung or killed the engine. */
export interface MalformedOutcome {
  job: MalformedJob;
  ms: number;
  result?: Result<unknown>;
  before?: CaseCounts;
  after?: CaseCounts;
  hung?: boolean;
  crashed?: string;
}

const repoRoot = path.resolve(__dirname, '../../../..');
const child = path.join(__dirname, 'malformedChild.ts');

/** How long a child may take to start and open the case before it counts as broken. */
const startupMs = 120_000;

/**
 * Runs the jobs in a child engine on one case; a call silent for `callTimeoutMs` is recorded as hung and the
 * child killed, a child that dies is recorded as a crash; either way a fresh child resumes with the next job.
 * `onOutcome` sees each outcome as it arrives.
 */
export async function runMalformedJobs(
  caseDir: string,
  jobs: MalformedJob[],
  callTimeoutMs: number,
  onOutcome: (o: MalformedOutcome) => void = () => undefined,
): Promise<MalformedOutcome[]> {
  const jobsFile = path.join(path.dirname(caseDir), `${path.basename(caseDir)}-jobs.json`);
  fs.writeFileSync(jobsFile, JSON.stringify(jobs));
  const outcomes: MalformedOutcome[] = [];
  let next = 0;
  while (next < jobs.length) {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, caseDir, path.join(path.dirname(caseDir), 'userdata'), jobsFile, String(next)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    let inFlight: { i: number; t0: number } | null = null;
    let timer: NodeJS.Timeout | null = null;
    const arm = (ms: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => proc.kill('SIGKILL'), ms);
    };
    arm(startupMs);
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    for await (const line of readline.createInterface({ input: proc.stdout })) {
      const msg = JSON.parse(line) as { start?: number; done?: number; ms?: number; result?: Result<unknown>; before?: CaseCounts; after?: CaseCounts };
      if (msg.start !== undefined) {
        inFlight = { i: msg.start, t0: Date.now() };
        arm(callTimeoutMs);
      } else if (msg.done !== undefined) {
        const o: MalformedOutcome = { job: jobs[msg.done] as MalformedJob, ms: msg.ms ?? 0, ...(msg.result ? { result: msg.result } : {}), ...(msg.before ? { before: msg.before } : {}), ...(msg.after ? { after: msg.after } : {}) };
        outcomes.push(o);
        onOutcome(o);
        next = msg.done + 1;
        inFlight = null;
        arm(startupMs);
      }
    }
    await exited;
    if (timer) clearTimeout(timer);
    if (next >= jobs.length) break;
    if (!inFlight) throw new Error(`the malformed-input child failed outside any call (exit ${proc.exitCode ?? proc.signalCode}): ${stderr}`);
    const killed = proc.signalCode === 'SIGKILL';
    const o: MalformedOutcome = { job: jobs[inFlight.i] as MalformedJob, ms: Date.now() - inFlight.t0, ...(killed ? { hung: true } : { crashed: `exit ${proc.exitCode}: ${stderr}` }) };
    outcomes.push(o);
    onOutcome(o);
    next = inFlight.i + 1;
  }
  fs.rmSync(jobsFile, { force: true });
  return outcomes;
}
