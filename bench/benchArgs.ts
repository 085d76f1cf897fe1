/** Command-line options of `npm run bench`. */
export interface BenchArgs {
  transferRows: number;
  signinRows: number;
  leakRows: number;
  /** Run only steps whose name starts with one of these prefixes. */
  only: string[];
  /** Repetitions of each chart query and data-view page, for p50/p95. */
  repeats: number;
  /** DuckDB memory_limit for the engine's bench cases (e.g. 2GB); the engine's own default when unset. */
  caseMemoryLimit?: string;
  /** Also write the results to .bench-cache/results-<label>.json, so several runs can be kept side by side. */
  label?: string;
}

const defaults = { rows: 10_000_000, quick: 1_000_000, repeats: 20 };

/** Parses `--transfer-rows N --signin-rows N --leak-rows N --only step[,step] --quick --repeats N --case-memory-limit 2GB --label NAME`. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (key === 'quick') flags.set(key, 'true');
    else flags.set(key, inline ?? argv[++i] ?? '');
  }
  const known = ['transfer-rows', 'signin-rows', 'leak-rows', 'only', 'quick', 'repeats', 'case-memory-limit', 'label'];
  for (const key of flags.keys()) if (!known.includes(key)) throw new Error(`Unknown flag --${key}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  const base = flags.has('quick') ? defaults.quick : defaults.rows;
  const count = (key: string, fallback: number): number => {
    const raw = flags.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} needs a positive whole number, got "${raw}"`);
    return n;
  };
  return {
    transferRows: count('transfer-rows', base),
    signinRows: count('signin-rows', base),
    leakRows: count('leak-rows', base),
    only: (flags.get('only') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    repeats: count('repeats', defaults.repeats),
    ...(flags.get('case-memory-limit') ? { caseMemoryLimit: flags.get('case-memory-limit') } : {}),
    ...(flags.get('label') ? { label: flags.get('label') } : {}),
  };
}
