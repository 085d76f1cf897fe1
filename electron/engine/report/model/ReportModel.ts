import type { CaseInfo } from '../../../../shared/api/caseApi';
import type { SourceCoverageDto } from '../../../../shared/api/coverageApi';
import type { ExportBaselinePageDto, ExportReferencePageDto, TransferBucketDto } from '../../../../shared/api/exportsApi';
import type { ExposureDto } from '../../../../shared/api/exposureApi';
import type { FindingDraftDto, FindingStatus } from '../../../../shared/api/findingsApi';
import type { ManifestEntryDto, ReportMetaDto } from '../../../../shared/api/reportApi';
import type { SourceDto } from '../../../../shared/api/sourcesApi';
import type { SigninSeriesDto, SpikePageDto, TopSourceDto } from '../../../../shared/api/spikesApi';
import type { AttackerSighting } from './attackerSightings';
import type { ExportCounts } from './exportCounts';
import type { CampaignCounts } from './campaignCounts';
import type { GdprFacts } from './gdprFacts';

/** A finding as a report shows it: the detector's draft plus the analyst's verdict when one is stored. */
export interface ReportFinding extends FindingDraftDto {
  status: FindingStatus | null;
  note: string | null;
}

/** One result's provenance for the methodology section. */
export interface MethodStep {
  title: string;
  sql: string;
  params: unknown;
}

/** One audit entry, without its detail (which may hold paths or values). */
export interface ReportAuditEntry {
  at: string;
  actor: string;
  action: string;
}

/** Everything a report says, gathered once from the engine and already redacted when asked; every renderer reads only this. */
export interface ReportModel {
  caseInfo: CaseInfo;
  toolVersion: string;
  generatedAt: string;
  version: number;
  includePersonalData: boolean;
  meta: ReportMetaDto;
  sources: SourceDto[];
  manifest: ManifestEntryDto[];
  evidenceIntact: boolean;
  spikes: { series: SigninSeriesDto; totals: { signins: number; failed: number; success: number; unknown: number }; reference: SpikePageDto; topSources: TopSourceDto[] };
  exports: { perHour: TransferBucketDto[]; reference: ExportReferencePageDto; baseline: ExportBaselinePageDto };
  coverage: SourceCoverageDto[];
  /** The findings listed (every sign-in finding, the most severe bulk exports), and every finding counted by kind. */
  findings: { origin: 'stored' | 'live'; rows: ReportFinding[]; byKind: Record<string, number> };
  /** What the detectors could not do for these findings (no IP intel, flagged hours left out), in their run's words: a reader of the report only is told too. */
  notes: string[];
  /** Campaigns and what they achieved, counted over complete member tables. */
  counts: CampaignCounts;
  /** Bulk exports the report calls possible exfiltration, counted over every stored finding. */
  exportCounts: ExportCounts;
  exposure: ExposureDto | null;
  attackers: AttackerSighting[];
  /** The latest consequential entries of the case's audit trail (loads, runs, verdicts, removals, opt-ins), newest first. */
  audit: ReportAuditEntry[];
  /** How many routine entries (the case opened, reports and side files written, IP datasets loaded) the trail also holds, per action. */
  auditRoutine: Array<{ action: string; n: number }>;
  methodology: MethodStep[];
  /** Art. 33(3) facts, counted before redaction so masked accounts are not merged. */
  gdpr: GdprFacts;
}
