import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod } from '../../../../shared/api';
import { planted } from '../planted/plantedScenario';
import type { GuardedApi } from '../../privacy/guardPersonalData';
import type { PersonalScenario } from './personalScenario';

/** What sample arguments are built from: masked values the engine showed, ids, and where files may be written. */
export interface SweepContext {
  s: PersonalScenario;
  userToken: string;
  staffToken: string;
  findingId: string;
  jobId: string;
  knownId: number;
  dismissalId: number;
  out: (name: string) => string;
}

/** How to call one method in the sweep: arguments (several calls for table-wide methods), or why it is swept apart. */
export type Sample = ((x: SweepContext, api: GuardedApi) => Promise<unknown[]>) | { apart: string };

const one = (arg: unknown) => Promise.resolve([arg]);

/**
 * A valid argument for every Api method, as a caller without a reveal would send it (drill-downs by the pseudonyms
 * the engine showed). Typed over the method list, so a new method does not compile until it has a sample here.
 */
export const sampleArgs: Record<ApiMethod, Sample> = {
  accountsAtRisk: () => one({}),
  addDismissal: () => one({ kind: 'account', value: planted.staleUser, note: 'stale password, known' }),
  addKnownInfrastructure: () => one({ kind: 'service_account', account: 'svc-report', note: 'reporting job' }),
  addSource: (x) => one({ path: x.s.staffLog, kind: 'transfer' }),
  appInfo: () => one({}),
  cancelJob: (x) => one({ jobId: x.jobId }),
  classifySignins: () => one({}),
  columnFacet: async (x, api) => (await api.listTables({})).flatMap((t) => t.columns.map((c) => ({ table: t.name, column: c.name, limit: 100 }))),
  coverage: () => one({}),
  detectSource: (x) => Promise.resolve([{ path: x.s.staffLog, kind: 'transfer' }, { path: path.join(x.s.work, 'evidence', 'leak.csv'), kind: 'leak' }]),
  exportBaseline: () => one({ limit: 1000 }),
  exportReference: () => one({ limit: 1000 }),
  exportResetAccounts: (x) => one({ outPath: x.out('reset-accounts.csv') }),
  exportTableCsv: async (x, api) => (await api.listTables({})).map((t) => ({ table: t.name, outPath: x.out(`table-${t.name}.csv`) })),
  exposure: () => one({ params: { listLimit: 1000 } }),
  jobStatus: (x) => one({ jobId: x.jobId }),
  findingAccounts: async (x, api) => (await api.listFindings({ limit: 1000 })).rows.map((f) => ({ id: f.id, limit: 1000 })),
  findingSources: async (x, api) => (await api.listFindings({ limit: 1000 })).rows.map((f) => ({ id: f.id, limit: 1000 })),
  ipIntelStatus: () => one({}),
  listDismissals: () => one({}),
  lastRun: () => one({}),
  listFindings: () => one({ limit: 1000 }),
  listKnownInfrastructure: () => one({}),
  listJobs: () => one({}),
  listPresets: () => one({}),
  listRejects: (x) => one({ sourceId: x.s.rejectsSourceId, limit: 1000 }),
  listSources: () => one({}),
  listTables: () => one({}),
  loginSpikes: () => one({ limit: 1000 }),
  openCase: (x) => one({ dir: path.join(x.s.work, 'case') }),
  recentCases: () => one({}),
  refreshIpIntel: () => one({}),
  removeDismissal: (x) => one({ id: x.dismissalId }),
  removeKnownInfrastructure: (x) => one({ id: x.knownId }),
  reportMeta: () => one({}),
  revealCall: { apart: 'reveals by definition: its audit is tested in privacyRules.test.ts' },
  removeSource: async (x, api) => {
    const copies = (await api.listSources({})).filter((src) => src.path === x.s.staffLog);
    const extra = copies.at(-1);
    return copies.length > 1 && extra ? [{ sourceId: extra.id, sha256: extra.sha256, reason: 'the sweep loaded this log twice' }] : [];
  },
  runDetectors: () => one({}),
  savePreset: () => one({ name: 'staff log', kind: 'transfer', format: 'combined-access-log', options: {} }),
  setReportMeta: () => one({ controller: 'Example Retail SA' }),
  signinEvents: (x) => Promise.resolve([{ user: x.userToken, limit: 1000 }, { limit: 1000 }]),
  signinSeries: () => one({}),
  startIngest: (x) => one({ path: x.s.staffLog, kind: 'transfer' }),
  tablePage: async (x, api) => (await api.listTables({})).map((t) => ({ table: t.name, limit: 500 })),
  topAccounts: () => one({ limit: 1000 }),
  topSources: () => one({ limit: 1000 }),
  transferEvents: (x) => Promise.resolve([{ user: x.staffToken, limit: 1000 }, { limit: 1000 }]),
  transferPerHour: () => one({}),
  updateFinding: (x) => one({ id: x.findingId, note: 'checked with the staff member' }),
  userHourSeries: (x) => one({ user: x.staffToken }),
  verifyEvidence: () => one({}),
  writeFindingLists: (x) => {
    const dir = x.out('finding-lists');
    fs.mkdirSync(dir);
    return one({ outDir: dir });
  },
  writeReport: (x) => Promise.resolve(['html', 'json', 'csv', 'md', 'stix', 'misp'].map((format) => ({ format, outPath: x.out(`report.${format}`) }))),
};
