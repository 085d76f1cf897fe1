import type { Api } from '../../../shared/api';
import { exportParamsSchema, spikeParamsSchema } from '../../../shared/api/detectParams';
import type { ExposureDto } from '../../../shared/api/exposureApi';
import { findingsSchemaVersion, type MemberAccountDto, type MemberSourceDto } from '../../../shared/api/findingEvidence';
import type { FindingDto } from '../../../shared/api/findingsApi';
import type { SpikeRowDto } from '../../../shared/api/spikesApi';
import { engineVersion } from '../engineVersion';

/** The `breachdesk.findings/2` document written by `analyze` (docs/findings-schema.md): issue 4's shape plus campaign evidence and every finding's complete member tables. */
export interface FindingsReport {
  schema: typeof findingsSchemaVersion;
  engineVersion: string;
  generatedAt: string;
  sources: Array<{ id: number; kind: string; path: string; sha256: string; format: string; rows: number; rejected: number }>;
  loginSpikes: { params: object; total: number; rows: SpikeRowDto[] };
  exportVolumes: {
    params: object;
    stats: object[];
    seed: Array<{ user: string | null; hour: string; bytes: number; z: number; unit: string }>;
    baseline: Array<{ user: string | null; hour: string; bytes: number; score: number | null; unit: string; median: number | null; reason: string }>;
  };
  coverage: object[];
  exposure: ExposureDto;
  findings: Array<
    Pick<FindingDto, 'id' | 'kind' | 'severity' | 'ips' | 'users' | 'start' | 'end' | 'summary' | 'evidence' | 'status' | 'note'> & {
      members: { accounts: { total: number; rows: MemberAccountDto[] }; sources: { total: number; rows: MemberSourceDto[] } };
    }
  >;
}

/** Most rows of each list the document carries; totals stay exact. */
const maxRows = 100_000;

/** Reads every page of a paged Api method, up to maxRows rows. */
async function allPages<T>(read: (offset: number) => Promise<{ total: number; rows: T[] }>): Promise<{ total: number; rows: T[] }> {
  const rows: T[] = [];
  let total = 0;
  do {
    const page = await read(rows.length);
    total = page.total;
    if (page.rows.length === 0) break;
    rows.push(...page.rows);
  } while (rows.length < Math.min(total, maxRows));
  return { total, rows: rows.slice(0, maxRows) };
}

/** Runs every detector with default parameters over the open case and assembles the findings document. */
export async function findingsReport(api: Api): Promise<FindingsReport> {
  const spikeParams = spikeParamsSchema.parse({});
  const exportParams = exportParamsSchema.parse({});
  const sources = (await api.listSources({})).filter((s) => s.status === 'ready');
  const spikes = await allPages((offset) => api.loginSpikes({ offset, limit: 1000 }));
  const reference = await api.exportReference({ limit: 1 });
  const seed = await allPages((offset) => api.exportReference({ offset, limit: 1000 }));
  const baseline = await allPages((offset) => api.exportBaseline({ offset, limit: 1000 }));
  const coverage = sources.some((s) => s.kind === 'leak') ? await api.coverage({}) : [];
  const exposure = await api.exposure({});
  await api.runDetectors({});
  const findings = await allPages((offset) => api.listFindings({ offset, limit: 1000 }));
  const members: Array<FindingsReport['findings'][number]['members']> = [];
  for (const f of findings.rows) {
    const accounts = await allPages((offset) => api.findingAccounts({ id: f.id, offset, limit: 1000 }));
    const sources = await allPages((offset) => api.findingSources({ id: f.id, offset, limit: 1000 }));
    members.push({ accounts, sources });
  }
  return {
    schema: findingsSchemaVersion,
    engineVersion,
    generatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sources: sources.map((s) => ({ id: s.id, kind: s.kind, path: s.path, sha256: s.sha256, format: s.format, rows: s.rowsLoaded, rejected: s.rowsRejected })),
    loginSpikes: { params: spikeParams.reference, total: spikes.total, rows: spikes.rows },
    exportVolumes: {
      params: exportParams,
      stats: reference.stats,
      seed: seed.rows.map((r) => ({ user: r.user, hour: r.hour, bytes: r.bytes, z: r.z, unit: r.unit })),
      baseline: baseline.rows.map((r) => ({ user: r.user, hour: r.hour, bytes: r.bytes, score: r.score, unit: r.unit, median: r.median, reason: r.reason })),
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
    findings: findings.rows.map((f, i) => ({
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
      members: members[i] ?? { accounts: { total: 0, rows: [] }, sources: { total: 0, rows: [] } },
    })),
  };
}
