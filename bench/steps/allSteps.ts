import { abSteps } from './abSteps';
import { baselineSteps } from './baselineSteps';
import type { BenchStep } from './BenchStep';
import { evtxSteps } from './evtxSteps';
import { leakLineSteps } from './leakLineSteps';
import { leakSteps } from './leakSteps';
import { pageSteps } from './pageSteps';
import { rollupSteps } from './rollupSteps';
import { signinChartSteps } from './signinChartSteps';
import { signinSteps } from './signinSteps';
import { signinZoomChartSteps } from './signinZoomChartSteps';
import { transferSteps } from './transferSteps';
import { waysSteps } from './waysSteps';

/** Every bench step, in the order they run (later steps reuse the cases and databases earlier ones built). */
export const allSteps: BenchStep[] = [...transferSteps, ...baselineSteps, ...signinSteps, ...signinChartSteps, ...signinZoomChartSteps, ...rollupSteps, ...leakSteps, ...pageSteps, ...waysSteps, ...abSteps, ...leakLineSteps, ...evtxSteps];
