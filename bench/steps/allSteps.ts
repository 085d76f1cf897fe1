import type { BenchArgs } from '../benchArgs';
import { analyzeSteps } from './analyzeSteps';
import type { BenchStep } from './BenchStep';
import { leakSteps } from './leakSteps';
import { scaleSteps } from './scaleSteps';
import { secondSourceSteps } from './secondSourceSteps';
import { signinSteps } from './signinSteps';

/** Every bench step of a run, in the order they run (later steps reuse the cases earlier ones built). */
export function allSteps(args: BenchArgs): BenchStep[] {
  return [...analyzeSteps(args.transferRows, args.rounds), ...signinSteps(args.signinRows), ...leakSteps(args.leakRows), ...secondSourceSteps(args), ...scaleSteps(args)];
}
