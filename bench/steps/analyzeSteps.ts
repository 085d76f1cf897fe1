import fs from 'node:fs';
import path from 'node:path';
import { workDir } from '../benchPaths';
import { transferShapes } from '../data/shapes';
import { benchCaseDir } from './benchEngine';
import { inputFile, type BenchStep, type InputRef } from './BenchStep';
import { plainPipeline, plainPipelineCounts } from './plainPipeline';
import { withPlainDuckdb } from './plainDuckdb';
import { pythonWithPandas } from './pythonWithPandas';
import { timed } from './timed';

const repoRoot = path.resolve(__dirname, '..', '..');
const builtCli = path.join(repoRoot, 'dist', 'cli.cjs');

/** The case folder `analyze` builds for a transfer shape (the second-source step starts from it). */
export function analyzeCaseName(shape: string): string {
  return `analyze-${shape}`;
}

/** Where a shape's findings (engine) or result CSVs (plain pipeline) are written. */
function outDir(shape: string, who: 'engine' | 'plain'): string {
  return path.join(workDir('out'), `${shape}-${who}`);
}

/** Bytes of every file in a folder (findings.json and its side files). */
function folderBytes(dir: string): number {
  return fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

/** Who a target-1 step times: the pandas script, the plain-DuckDB pipeline or `breachdesk analyze`. */
export type AnalyzeRunner = 'pandas' | 'plain' | 'engine';

/** The name of a target-1 step: its shape, its runner and its round (1-based). */
export function analyzeStepName(shape: string, who: AnalyzeRunner, round: number): string {
  return `analyze.${shape}.${who}.r${round}`;
}

/**
 * Target 1, per transfer shape, side by side: the pandas reference script, the plain-DuckDB pipeline doing the same work,
 * and `breachdesk analyze --transfer` end to end as a child process (node start, hash, ingest, every detector, findings
 * written), in `rounds` interleaved rounds (why: one run of each swings by a fifth with the machine's load; the
 * targets take the median of the rounds' ratios, each between runs made seconds apart).
 */
export function analyzeSteps(rows: number, rounds: number): BenchStep[] {
  return transferShapes.flatMap((shape) => Array.from({ length: rounds }, (_, i) => roundSteps(shape.name, rows, i + 1)).flat());
}

/** One round of target 1 on one shape: pandas, plain, engine. */
function roundSteps(shape: string, rows: number, round: number): BenchStep[] {
  const input: InputRef = { shape, rows, part: 0 };
  return [
    {
      name: analyzeStepName(shape, 'pandas', round),
      title: 'reference pandas script (bench/reference_zscore.py): read CSV, bytes per user-hour, z > 3',
      shape,
      inputs: [input],
      command: (ctx) => {
        const py = pythonWithPandas();
        return py ? { argv: [py, path.join(repoRoot, 'bench', 'reference_zscore.py'), inputFile(ctx, input)] } : { skip: 'no python3 with pandas here (apt-get install python3-pandas)' };
      },
    },
    {
      name: analyzeStepName(shape, 'plain', round),
      title:
        'plain DuckDB pipeline: open a database file, CTAS, user-hour sums, z-score and per-user baseline written to CSV, close (its checkpoint, as analyze closes its case)',
      shape,
      inputs: [input],
      run: async (ctx) => {
        const out = outDir(shape, 'plain');
        fs.rmSync(out, { recursive: true, force: true });
        fs.mkdirSync(out, { recursive: true });
        const db = `analyze-${shape}`;
        const { wallS } = await timed(() => withPlainDuckdb(db, true, (c) => plainPipeline(c, inputFile(ctx, input), out)));
        const counts = await withPlainDuckdb(db, false, (c) => plainPipelineCounts(c, out));
        return {
          rows: counts.rows,
          wallS,
          detail: { anomalies: counts.anomalies, flagged: counts.flagged },
        };
      },
    },
    {
      name: analyzeStepName(shape, 'engine', round),
      title: '`breachdesk analyze --transfer` (dist/cli.cjs) end to end: process, hash, ingest, every detector, findings written',
      shape,
      inputs: [input],
      command: (ctx) => {
        if (!fs.existsSync(builtCli))
          return {
            skip: 'dist/cli.cjs is missing: run npm run build:cli first',
          };
        const caseDir = benchCaseDir(analyzeCaseName(shape));
        const out = outDir(shape, 'engine');
        for (const dir of [caseDir, out]) fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(path.dirname(caseDir), { recursive: true });
        return {
          argv: [process.execPath, builtCli, 'analyze', '--case', caseDir, '--transfer', inputFile(ctx, input), '--out', out],
        };
      },
      collect: (_ctx, processWallS) => {
        const out = outDir(shape, 'engine');
        const findings = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8')) as { sources: Array<{ rows: number }> };
        return {
          rows: findings.sources.reduce((sum, s) => sum + s.rows, 0),
          wallS: processWallS,
          detail: {
            findingsJsonBytes: fs.statSync(path.join(out, 'findings.json')).size,
            outputBytes: folderBytes(out),
            outputFiles: fs.readdirSync(out).length,
          },
        };
      },
    },
  ];
}
