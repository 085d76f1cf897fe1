import type { ComponentType } from 'react';
import { CoverageView } from './coverage/CoverageView';
import { DataView } from './data/DataView';
import { ExportsView } from './exports/ExportsView';
import { FindingsView } from './findings/FindingsView';
import { InfrastructureView } from './infrastructure/InfrastructureView';
import { ReportView } from './report/ReportView';
import { SourcesView } from './sources/SourcesView';
import { SpikesView } from './spikes/SpikesView';

/** What every case screen receives. */
export interface ScreenProps {
  /** Tells the shell that the case changed (a source was added), so counts refresh. */
  onCaseChanged: () => void;
}

/** One entry of the left navigation. */
export interface Screen {
  id: string;
  label: string;
  component: ComponentType<ScreenProps>;
}

/** The case screens in navigation order; Alt+1…9 jumps to them. */
export const screens: Screen[] = [
  { id: 'sources', label: 'Sources', component: ({ onCaseChanged }) => <SourcesView onChanged={onCaseChanged} /> },
  { id: 'spikes', label: 'Login spikes', component: SpikesView },
  { id: 'exports', label: 'Export volumes', component: ExportsView },
  { id: 'coverage', label: 'PII coverage', component: CoverageView },
  { id: 'findings', label: 'Findings', component: FindingsView },
  { id: 'report', label: 'Report', component: ReportView },
  { id: 'data', label: 'Data', component: DataView },
  { id: 'infrastructure', label: 'Infrastructure', component: InfrastructureView },
];
