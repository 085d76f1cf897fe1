import type { Api } from '../../../shared/api';
import { exportParamsSchema, spikeParamsSchema } from '../../../shared/api/detectParams';
import type { ExposureDto } from '../../../shared/api/exposureApi';
import { findingsSchemaVersion, type MemberAccountDto, type MemberSourceDto } from '../../../shared/api/findingEvidence';
import { findingListNames, type FindingDto, type FindingListFileDto, type FindingListName } from '../../../shared/api/findingsApi';
import type { SpikeRowDto } from '../../../shared/api/spikesApi';
import { engineVersion } from '../engineVersion';

/** The first rows of a list (in its Api's order), its exact total, and the side file holding all of it (a finding's members: the rows of that file with its `findingId`). */
export interface TopRows<T> {
  total: number;
  rows: T[];
  file: string | null;
}

/**
 * The `breachdesk.findings/3` document written by `analyze` (docs/findings-schema.md): bounded whatever the input's size,
 * each long list as its top rows with the exact total, every list in full in a CSV side file named in `files`.
 */
export interface FindingsReport {
  schema: typeof findingsSchemaVersion;
  engineVersion: string;
  generatedAt: string;
  topRows: number;
  files: Array<Omit<FindingListFileDto, 'list'> & { list: FindingListName }>;
  sources: Array<{ id: number; kind: string; path: string; sha256: string; format: string; rows: number; rejected: number }>;
  loginSpikes: { params: object } & TopRows<SpikeRowDto>;
  exportVolumes: {
    params: object;
    stats: object[];
    seed: TopRows<{ user: string | null; hour: string; bytes: number; z: number; unit: string }>;
    baseline: TopRows<{ user: string | null; hour: string; bytes: number; score: number | null; unit: string; median: number | null; reason: string }>;
  };
  coverage: object[];
  exposure: ExposureDto;
  findings: TopRows<
    Pick<FindingDto, 'id' | 'kind' | 'severity' | 'ips' | 'users' | 'start' | 'end' | 'summary' | 'evidence' | 'status' | 'note'> & {
      members: { accounts: TopRows<MemberAccountDto>; sources: TopRows<MemberSourceDto> };
    }
  > & { notes: string[] };
}

/** Rows of each long list that findings.json carries; totals stay exact and the side files hold every row. */
export const topRows = 100;

/** Where the side files go and whether they may hold clear personal values (the audited opt-in of `--include-personal-data`). */
export interface SideFiles {
  outDir: string;
  includePersonalData: boolean;
  overwrite: boolean;
}

/** The top accounts and sources of each listed finding with their totals, all asked at once (the engine reads asks made together in one go). */
async function topMembers(api: Api, findings: FindingDto[]): Promise<Array<{ accounts: Omit<TopRows<MemberAccountDto>, 'file'>; sources: Omit<TopRows<MemberSourceDto>, 'file'> }>> {
  const none = { total: 0, rows: [] };
  return Promise.all(
    findings.map(async (f) => {
      // Only sign-in findings have member tables (storeMembers); an export finding's are empty without asking.
      if (f.kind === 'bulk_export') return { accounts: none, sources: none };
      const [accounts, sources] = await Promise.all([api.findingAccounts({ id: f.id, limit: topRows }), api.findingSources({ id: f.id, limit: topRows })]);
      return { accounts, sources };
    }),
  );
}

/**
 * The export lists (reference anomalies, baseline flags): read from the transfer rollups alone, never from the stored
 * findings, and holding no address whose masking depends on them.
 */
const exportLists: FindingListName[] = ['reference_anomalies', 'baseline_flags'];

/** Runs every detector with default parameters over the open case, writes the side files and assembles the bounded findings document. */
export async function findingsReport(api: Api, side: SideFiles): Promise<FindingsReport> {
  const spikeParams = spikeParamsSchema.parse({});
  const exportParams = exportParamsSchema.parse({});
  const sources = (await api.listSources({})).filter((s) => s.status === 'ready');
  const lists = (only: FindingListName[]) => api.writeFindingLists({ outDir: side.outDir, includePersonalData: side.includePersonalData, overwrite: side.overwrite, lists: only });
  // The export pages and lists are read while the detectors' findings are grouped and stored in JS, once the baseline
  // the detectors, its page and its list share is computed (the detectors' own read first, not slowed by theirs); the
  // reference page after its side file, which keeps the anomalies' total and first rows for it.
  const baselinePage = api.exportBaseline({ limit: topRows });
  const exportsRead = baselinePage.then(async (baseline) => {
    const { files } = await lists(exportLists);
    return [await api.exportReference({ limit: topRows }), baseline, files] as const;
  });
  // Reads only once the findings are stored: asked at once, so DuckDB computes one while another's rows are masked in JS; the listed findings' members as soon as the list is there.
  const storedRead = api.runDetectors({}).then(async ({ notes }) => {
    const coverage = sources.some((s) => s.kind === 'leak') ? await api.coverage({}) : [];
    const listed = api.listFindings({ limit: topRows });
    const [spikes, exposure, findings, pages, { files }] = await Promise.all([
      api.loginSpikes({ limit: topRows }),
      api.exposure({}),
      listed,
      listed.then((page) => topMembers(api, page.rows)),
      lists(findingListNames.filter((list) => !exportLists.includes(list))),
    ]);
    return { coverage, spikes, exposure, findings, pages, files, notes };
  });
  const [[seed, baseline, exportFiles], { coverage, spikes, exposure, findings, pages, files: storedFiles, notes }] = await Promise.all([exportsRead, storedRead]);
  const files = findingListNames.flatMap((list) => [...exportFiles, ...storedFiles].filter((f) => f.list === list));
  const fileOf = (list: FindingListName) => files.find((f) => f.list === list)?.file ?? null;
  const members = pages.map(({ accounts, sources }) => ({ accounts: { ...accounts, file: fileOf('member_accounts') }, sources: { ...sources, file: fileOf('member_sources') } }));
  return {
    schema: findingsSchemaVersion,
    engineVersion,
    generatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    topRows,
    files,
    sources: sources.map((s) => ({ id: s.id, kind: s.kind, path: s.path, sha256: s.sha256, format: s.format, rows: s.rowsLoaded, rejected: s.rowsRejected })),
    loginSpikes: { params: spikeParams.reference, total: spikes.total, rows: spikes.rows, file: fileOf('login_spikes') },
    exportVolumes: {
      params: exportParams,
      stats: seed.stats,
      seed: { total: seed.total, rows: seed.rows.map((r) => ({ user: r.user, hour: r.hour, bytes: r.bytes, z: r.z, unit: r.unit })), file: fileOf('reference_anomalies') },
      baseline: {
        total: baseline.total,
        rows: baseline.rows.map((r) => ({ user: r.user, hour: r.hour, bytes: r.bytes, score: r.score, unit: r.unit, median: r.median, reason: r.reason })),
        file: fileOf('baseline_flags'),
      },
    },
    coverage: coverage.map((c) => ({
      source: c.path,
      sourceId: c.sourceId,
      rows: c.rows,
      subjects: c.subjects,
      subjectColumn: c.subjectColumn,
      fields: c.fields.map((f) => ({ column: f.column, dataClass: f.dataClass, populated: f.populated, valid: f.valid, distinct: f.distinct })),
      passwordHashes: c.passwordHashes.map((h) => ({ column: h.column, scheme: h.scheme, count: h.count, costs: h.costs })),
    })),
    exposure,
    findings: {
      total: findings.total,
      rows: findings.rows.map((f, i) => ({
        id: f.id,
        kind: f.kind,
        severity: f.severity,
        ips: f.ips,
        users: f.users,
        start: f.start,
        end: f.end,
        summary: f.summary,
        evidence: f.evidence,
        status: f.status,
        note: f.note,
        members: members[i] ?? { accounts: { total: 0, rows: [], file: fileOf('member_accounts') }, sources: { total: 0, rows: [], file: fileOf('member_sources') } },
      })),
      file: fileOf('findings'),
      notes,
    },
  };
}
