import type { BenchStep } from './BenchStep';
import { transferSteps } from './transferSteps';

/** Every bench step, in the order they run (later steps reuse the cases and databases earlier ones built). */
export const allSteps: BenchStep[] = [...transferSteps];
