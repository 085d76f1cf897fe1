import { resultMarker } from './resultMarker';
import type { StepContext } from './steps/BenchStep';
import { allSteps } from './steps/allSteps';

/** Child-process entry: runs one named step and prints its outcome as one JSON line. */
async function main(): Promise<void> {
  const [name, ctxJson] = process.argv.slice(2);
  const ctx = JSON.parse(ctxJson ?? '{}') as StepContext;
  const step = allSteps(ctx.args).find((s) => s.name === name);
  if (!step?.run) throw new Error(`No Node step named ${name}`);
  const outcome = await step.run(ctx);
  console.log(resultMarker + JSON.stringify({ ...outcome, maxRssKb: process.resourceUsage().maxRSS }));
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
