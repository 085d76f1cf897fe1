import { describe, expect, it } from 'vitest';
import type { Engine } from '../createEngine';
import { withTempCase, writeInput } from '../testing/withTempCase';
import type { ExportScenarioParams } from '../testing/scenarios/ExportScenarioParams';
import { exportScenario } from '../testing/scenarios/exportScenario';
import { scoreExportFindings, type ExportClassScore, type ExportScore } from '../testing/scenarios/scoreExportFindings';

/**
 * What a parameter set must give beyond the rules every set holds: slow exfiltration found (above the floor; a known
 * miss when it fills more than a quarter of the person's hours in the window) or a known miss (below the floor); the
 * least recall on service-account pulls and whether those found are high (a pull of the account's usual night size is
 * about twice its usual hour: medium or high); and the known false alarms: high findings on month-end jobs of 10 GB
 * and more whose previous month-end the case does not hold (one per job).
 */
interface Expected {
  slow: 'found' | 'missed';
  serviceRecall: number;
  serviceHigh: boolean;
  monthEndHigh: number;
}

/**
 * Parameter sets the export detectors must hold on (docs/detection-scenarios.md, "Export detectors"): organisation
 * size, span and pace, the heavy tail of ordinary transfers, service-account volumes, the release everybody downloads
 * (none, 2–3 GB, above ten floors), report jobs, and exfiltrations from just above the floor to far above it, slow
 * ones below and above the floor, service-account pulls at 1–3 times the account's night.
 */
const sets: Array<{ name: string; seeds: number[]; params: Partial<ExportScenarioParams>; expected: Expected }> = [
  { name: 'mid-range: 300 people, 3 GB release, slow exfiltration below the floor', seeds: [11, 12], params: {}, expected: { slow: 'missed', serviceRecall: 1, serviceHigh: true, monthEndHigh: 0 } },
  {
    name: 'heavy: 12 GB release, heavier tail, 50 GB backups, 12 GB month-end jobs, slow exfiltration above the floor',
    seeds: [21, 22],
    params: { eventSigma: 1.8, burstBytes: 12e9, backupBytes: 50e9, syncBytes: 25e9, weeklyReportBytes: 8e9, monthEndBytes: 12e9, travelShiftHours: 10, bulkMinBytes: 1.1e9, bulkMaxBytes: 20e9, slowBytesPerHour: 1.2e9, serviceExfilFactor: 3 },
    expected: { slow: 'found', serviceRecall: 1, serviceHigh: true, monthEndHigh: 2 },
  },
  {
    name: 'small and quiet: 120 people, half download a 2 GB release, exfiltrations of 1.5–4 GB an hour',
    seeds: [31, 32],
    params: { users: 120, eventsPerHour: 2, medianEventBytes: 1e6, eventSigma: 1.4, backups: 2, syncs: 2, joiners: 6, travellers: 6, burstShare: 0.5, burstBytes: 2e9, bulk: 10, bulkMinBytes: 1.5e9, bulkMaxBytes: 4e9, slow: 5, slowBytesPerHour: 300e6, serviceExfil: 4, serviceExfilFactor: 1.5 },
    expected: { slow: 'missed', serviceRecall: 1, serviceHigh: true, monthEndHigh: 0 },
  },
  {
    name: 'nine weeks, no release, many joiners and travellers, 12 GB weekly and month-end jobs, service accounts pulling their usual night by day',
    seeds: [41, 42],
    params: { days: 63, users: 200, travellers: 20, travelShiftHours: 12, joiners: 20, joinerSyncBytes: 4e9, burstShare: 0, weeklyReportBytes: 12e9, monthEndBytes: 12e9, serviceExfil: 7, serviceExfilFactor: 1, slowBytesPerHour: 2e9 },
    expected: { slow: 'found', serviceRecall: 0.5, serviceHigh: false, monthEndHigh: 0 },
  },
];

/** Generates the organisation, loads it as the reference transfer CSV through the engine, runs the detectors and scores the bulk_export findings. */
async function run(engine: Engine, work: string, params: Partial<ExportScenarioParams>, attacks = true): Promise<ExportScore> {
  const s = exportScenario(params, { attacks });
  const source = await engine.service.addSource({ path: writeInput(work, 'transfer.csv', s.csv), kind: 'transfer' });
  expect(source).toMatchObject({ format: 'transfer-csv', rowsLoaded: s.rows, rowsRejected: 0 });
  await engine.service.runDetectors({});
  return scoreExportFindings(engine, s);
}

/** No high or critical finding on any benign behaviour (every high finding is a planted exfiltration) but the known month-end false alarms. */
function expectNoSevereBenign(score: ExportScore, expected: Expected): void {
  expect(score.benignSevere.filter((x) => !x.startsWith('month_end:'))).toEqual([]);
  expect((score.benign.month_end?.high ?? 0) + (score.benign.month_end?.critical ?? 0)).toBe(expected.monthEndHigh);
}

/** The class's score (every class is scored). */
function scoreOf(score: ExportScore, cls: ExportClassScore['cls']): ExportClassScore {
  const found = score.classes.find((c) => c.cls === cls);
  if (!found) throw new Error(`no score for ${cls}`);
  return found;
}

describe('export detector accuracy on generated organisations', () => {
  for (const set of sets) {
    for (const seed of set.seeds) {
      it(`${set.name} (seed ${seed})`, async () => {
        await withTempCase(async (engine, { work }) => {
          const score = await run(engine, work, { ...set.params, seed });
          expectNoSevereBenign(score, set.expected);

          // Bulk pulls are all found; high from 12 GB on (ten floors beyond a person's habit, and more than twice it), medium under 10 GB.
          const bulk = scoreOf(score, 'bulk');
          expect(bulk.recall).toBe(1);
          expect(bulk.perIncident.filter((x) => x.bytes >= 12e9 && x.severity !== 'high')).toEqual([]);
          expect(bulk.perIncident.filter((x) => x.bytes < 10e9 && x.severity !== 'medium')).toEqual([]);

          // Slow exfiltration: hours above the floor are found, at medium; below the floor it is a known miss.
          const slow = scoreOf(score, 'slow');
          if (set.expected.slow === 'found') {
            expect(slow.recall).toBeGreaterThanOrEqual(0.8);
            expect(slow.perIncident.filter((x) => x.severity !== null && x.severity !== 'medium')).toEqual([]);
          } else {
            expect(slow.recall).toBeLessThanOrEqual(0.34);
          }

          // Service-account pulls at an office hour: found high when they exceed the account's night; at its usual size, only where its day is quiet.
          const service = scoreOf(score, 'service_exfil');
          expect(service.recall).toBeGreaterThanOrEqual(set.expected.serviceRecall);
          if (set.expected.serviceHigh) expect(service.perIncident.filter((x) => x.severity !== null && x.severity !== 'high')).toEqual([]);

          // The release everybody downloads is low, but for the few whose own traffic that hour sets them apart (medium).
          const burst = score.benign.burst ?? {};
          const burstTotal = Object.values(burst).reduce((a, b) => a + b, 0);
          if (set.params.burstShare !== 0) expect(burst.low ?? 0).toBeGreaterThanOrEqual(0.95 * burstTotal);
        });
      }, 60_000);
    }
  }

  for (const set of [sets[1], sets[3]]) {
    if (!set) continue;
    it(`finds nothing high or critical in a benign-only organisation but the known month-end alarms: ${set.name}`, async () => {
      await withTempCase(async (engine, { work }) => {
        const score = await run(engine, work, { ...set.params, seed: 51 }, false);
        expect(score.findings).toBeGreaterThan(0);
        expectNoSevereBenign(score, set.expected);
      });
    }, 60_000);
  }
});
