import { fullProfile, quickProfile, type Profile } from './profiles';

/** Command-line options of `npm run bench`: a profile, possibly with sizes overridden, and the steps to run. */
export interface BenchArgs extends Profile {
  /** Run only steps whose name starts with one of these prefixes. */
  only: string[];
  /** DuckDB memory_limit for the engine's bench cases (e.g. 2GB); the engine's own default when unset. */
  caseMemoryLimit?: string;
  /** True when a size flag or --only changed the profile: the run's table then goes to .bench-cache, not docs/bench-results. */
  custom: boolean;
}

const sizeFlags = { 'transfer-rows': 'transferRows', 'signin-rows': 'signinRows', 'leak-rows': 'leakRows', 'batch-rows': 'batchRows', repeats: 'repeats', rounds: 'rounds' } as const;
const known = ['quick', 'only', 'case-memory-limit', 'scale-rows', ...Object.keys(sizeFlags)];

/** A positive whole number from a flag (underscores allowed: 1_000_000), or an error naming the flag. */
function count(key: string, raw: string): number {
  const n = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} needs a positive whole number, got "${raw}"`);
  return n;
}

/** Parses `--quick --only prefix[,prefix] --transfer-rows N --signin-rows N --leak-rows N --batch-rows N --scale-rows N,N,… --repeats N --rounds N --case-memory-limit 2GB`. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!known.includes(key)) throw new Error(`Unknown flag --${key}; known: ${known.map((k) => `--${k}`).join(' ')}`);
    if (key === 'quick') flags.set(key, 'true');
    else flags.set(key, inline ?? argv[++i] ?? '');
  }
  const profile: Profile = { ...(flags.has('quick') ? quickProfile : fullProfile) };
  for (const [flag, field] of Object.entries(sizeFlags)) {
    const raw = flags.get(flag);
    if (raw !== undefined) profile[field] = count(flag, raw);
  }
  const scale = flags.get('scale-rows');
  if (scale !== undefined) profile.scaleRows = scale.split(',').map((s) => count('scale-rows', s.trim()));
  const only = (flags.get('only') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const custom = only.length > 0 || [...flags.keys()].some((k) => k !== 'quick' && k !== 'case-memory-limit');
  return { ...profile, only, custom, ...(flags.get('case-memory-limit') ? { caseMemoryLimit: flags.get('case-memory-limit') } : {}) };
}
