import { ensureEvtxBench } from '../data/ensureEvtxBench';
import type { BenchStep } from './BenchStep';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

/** Events in the EVTX bench: the sign-in rows asked for, capped so the two files stay a few hundred MB. */
const maxEvents = 300_000;

/** Interleaved rounds of each load, for medians on a shared machine. */
const rounds = 2;

/** EVTX against JSON lines: the same events loaded as sign-ins, each load into a fresh case, interleaved. */
export const evtxSteps: BenchStep[] = [
  {
    name: 'ab.evtx_vs_json',
    title: 'A/B: addSource of a native EVTX (real Security chunks repeated) vs the same events as JSON lines (fresh case each, interleaved, medians)',
    dataset: 'signin',
    run: async ({ args }) => {
      const inputs = await ensureEvtxBench(Math.min(args.signinRows, maxEvents));
      const times: Record<'evtx' | 'json', number[]> = { evtx: [], json: [] };
      let loaded = 0;
      for (let r = 0; r < rounds; r++) {
        for (const variant of ['evtx', 'json'] as const) {
          await withBenchEngine(`evtx_vs_json_${variant}`, true, args, async (engine) => {
            const { value, wallS } = await timed(() => engine.service.addSource({ path: inputs[variant], kind: 'signin' }));
            if (loaded !== 0 && value.rowsLoaded !== loaded) throw new Error(`the EVTX and JSON loads disagree: ${loaded} vs ${value.rowsLoaded} sign-ins`);
            loaded = value.rowsLoaded;
            times[variant].push(wallS);
          });
        }
      }
      const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor((t.length - 1) / 2)] ?? NaN;
      const evtxS = median(times.evtx);
      const jsonS = median(times.json);
      return {
        rows: inputs.events,
        wallS: evtxS + jsonS,
        detail: { events: inputs.events, signins: loaded, evtxS, jsonS, evtxEventsPerS: Math.round(inputs.events / evtxS), jsonEventsPerS: Math.round(inputs.events / jsonS) },
      };
    },
  },
];
