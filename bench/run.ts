import fs from 'node:fs';
import path from 'node:path';
import { parseBenchArgs } from './benchArgs';
import { cacheDir, resultsFile } from './benchPaths';
import { ensureDataset } from './data/ensureDataset';
import { shapes } from './data/shapes';
import { formatResults } from './formatResults';
import { loadAverage, machineInfo } from './machineInfo';
import { runStep } from './runStep';
import { allSteps } from './steps/allSteps';
import { inputKey, type StepContext } from './steps/BenchStep';
import type { StepResult } from './StepResult';
import { judgeTargets } from './targets';
import { showInPerformanceDoc } from './showInPerformanceDoc';

/** `npm run bench [-- --quick]`: generates (or reuses) the inputs, runs each step in its own process, judges the targets, prints and writes one results table. */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const log = (text: string): void => console.log(text);
  const started = new Date();
  const all = allSteps(args);
  const steps = all.filter((s) => args.only.length === 0 || args.only.some((p) => s.name === p || s.name.startsWith(p)));
  if (steps.length === 0) throw new Error(`No step matches --only ${args.only.join(',')}; steps: ${all.map((s) => s.name).join(', ')}`);
  const machine = await machineInfo();
  const loadStart = loadAverage();
  log(`machine: ${machine.cpus} cores, ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, DuckDB ${machine.duckdb}; load ${loadStart}`);
  log(`profile ${args.name}${args.custom ? ' (custom)' : ''}: ${steps.length} steps`);
  if (args.only.length === 0) fs.rmSync(path.join(cacheDir, 'work'), { recursive: true, force: true });
  const inputs: Record<string, string> = {};
  for (const ref of steps.flatMap((s) => s.inputs)) {
    const shape = shapes[ref.shape];
    if (!shape) throw new Error(`No shape named ${ref.shape}`);
    inputs[inputKey(ref)] ??= await ensureDataset(shape, ref.rows, ref.part, log);
  }
  const ctx: StepContext = { args, inputs };
  const results: StepResult[] = [];
  for (const step of steps) {
    log(`> ${step.name}: ${step.title}`);
    const r = await runStep(step, ctx, log);
    results.push(r);
    if (r.skipped) log(`  skipped: ${r.skipped}`);
    else if (!r.failed) log(`  ${r.wallS.toFixed(2)} s (process ${r.processWallS.toFixed(2)} s), peak RSS ${(r.peakRssBytes / 1e6).toFixed(0)} MB${r.p95Ms === undefined ? '' : `, p50 ${r.p50Ms?.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`}${r.detail ? ` ${JSON.stringify(r.detail)}` : ''}`);
  }
  const verdicts = judgeTargets(results, args);
  const pandas = results.map((r) => r.detail?.pandas).find((v) => typeof v === 'string');
  const header = { startedAt: started.toISOString().replace(/\.\d+Z$/, 'Z'), minutes: (Date.now() - started.getTime()) / 60_000, machine, loadStart, loadEnd: loadAverage(), ...(pandas ? { pandas } : {}) };
  const markdown = formatResults(args, header, verdicts, results);
  log('');
  log(markdown);
  const file = resultsFile(args.name, args.custom);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, markdown);
  fs.writeFileSync(path.join(cacheDir, `results-${args.name}.json`), JSON.stringify({ ...header, args, results, targets: verdicts }, null, 2));
  if (!args.custom) showInPerformanceDoc(args.name, markdown);
  log(`results written to ${path.relative(process.cwd(), file)}`);
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
