import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resultMarker } from './resultMarker';
import type { BenchStep, StepCommand, StepContext, StepOutcome } from './steps/BenchStep';
import type { StepResult } from './StepResult';

const gnuTime = '/usr/bin/time';

/** The command line of a step: its own (pandas, the CLI) or this bench's child entry under Node with tsx. */
function commandOf(step: BenchStep, ctx: StepContext): StepCommand {
  if (step.command) return step.command(ctx);
  return { argv: [process.execPath, '--import', 'tsx', path.join(__dirname, 'stepMain.ts'), step.name, JSON.stringify(ctx)] };
}

/**
 * Runs one step in a child process (under GNU time when installed, for the peak RSS of the whole
 * process) and returns what it measured; a failing child becomes a result with `failed` set.
 */
export async function runStep(step: BenchStep, ctx: StepContext, log: (line: string) => void): Promise<StepResult> {
  const base = { step: step.name, title: step.title, shape: step.shape, loadAtStart: Math.round((os.loadavg()[0] ?? 0) * 10) / 10 };
  const cmd = commandOf(step, ctx);
  if ('skip' in cmd) return { ...base, rows: 0, wallS: 0, peakRssBytes: 0, processWallS: 0, skipped: cmd.skip };
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${step.name}.txt`);
  const useTime = fs.existsSync(gnuTime);
  const argv = useTime ? [gnuTime, '-f', '%M', '-o', timeFile, ...cmd.argv] : cmd.argv;
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(argv[0] as string, argv.slice(1), { cwd: path.resolve(__dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const processWallS = (performance.now() - started) / 1000;
  const line = stdout.split('\n').find((l) => l.startsWith(resultMarker));
  const timeKb = useTime && fs.existsSync(timeFile) ? Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
  fs.rmSync(timeFile, { force: true });
  if (code !== 0 || (!line && !step.collect)) {
    const why = (stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited')).slice(-3).join(' | ') || `exit ${code}`).slice(0, 400);
    log(`  ${step.name} failed: ${why}`);
    return { ...base, rows: 0, wallS: 0, peakRssBytes: 0, processWallS, failed: why };
  }
  const outcome: StepOutcome & { maxRssKb?: number } = line ? (JSON.parse(line.slice(resultMarker.length)) as StepOutcome) : (step.collect?.(ctx, processWallS) ?? { rows: 0, wallS: 0 });
  const peakKb = Number.isFinite(timeKb) ? timeKb : (outcome.maxRssKb ?? 0);
  const { maxRssKb: _ignored, ...rest } = outcome;
  return { ...base, ...rest, peakRssBytes: peakKb * 1024, processWallS };
}
