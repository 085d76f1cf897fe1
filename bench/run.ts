import fs from 'node:fs';
import path from 'node:path';
import { parseBenchArgs } from './benchArgs';
import { resultsFile } from './benchPaths';
import { datasets } from './data/datasets';
import { ensureDataset } from './data/ensureDataset';
import { formatTable } from './formatTable';
import { machineInfo } from './machineInfo';
import { runStep } from './runStep';
import { allSteps } from './steps/allSteps';
import type { BenchInputs, StepContext } from './steps/BenchStep';
import type { StepResult } from './StepResult';
import { judgeTargets } from './targets';

/** `npm run bench`: generates (or reuses) the inputs, runs each step in its own process, prints and saves the figures. */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const log = (line: string): void => console.log(line);
  const steps = allSteps.filter((s) => args.only.length === 0 || args.only.some((p) => s.name === p || s.name.startsWith(`${p}.`) || s.name.startsWith(p)));
  if (steps.length === 0) throw new Error(`No step matches --only ${args.only.join(',')}; steps: ${allSteps.map((s) => s.name).join(', ')}`);
  const machine = await machineInfo();
  log(`machine: ${machine.cpus} cpus, ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, DuckDB ${machine.duckdb}, load ${machine.loadAverage.join(' ')}`);
  const rowsOf = { transfer: args.transferRows, signin: args.signinRows, leak: args.leakRows };
  const inputs: Partial<BenchInputs> = {};
  for (const name of new Set(steps.map((s) => s.dataset))) inputs[name] = await ensureDataset(datasets[name], rowsOf[name], log);
  const ctx: StepContext = { args, inputs: inputs as BenchInputs };
  const results: StepResult[] = [];
  for (const step of steps) {
    log(`> ${step.name}: ${step.title}`);
    const r = await runStep(step, ctx, log);
    results.push(r);
    if (!r.failed && !r.skipped) log(`  ${r.wallS.toFixed(2)} s, peak RSS ${(r.peakRssBytes / 1e6).toFixed(0)} MB${r.p95Ms === undefined ? '' : `, p50 ${r.p50Ms?.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`}${r.detail ? ` ${JSON.stringify(r.detail)}` : ''}`);
    else if (r.skipped) log(`  skipped: ${r.skipped}`);
  }
  const verdicts = judgeTargets(results, args);
  log('');
  log(formatTable(results));
  log('');
  for (const v of verdicts) log(`${v.verdict.padEnd(4)}  ${v.target}: ${v.figure}`);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const files = [resultsFile, ...(args.label ? [resultsFile.replace(/\.json$/, `-${args.label.replace(/[^\w.-]/g, '_')}.json`)] : [])];
  for (const file of files) fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), args, machine, results, targets: verdicts }, null, 2));
  log(`\nresults written to ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
