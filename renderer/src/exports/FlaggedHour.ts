import type { ExportUnit } from '../../../shared/api/exportsApi';

/** A user-hour flagged by one of the methods, reduced to what the chart and the comparison need. */
export interface FlaggedHour {
  user: string | null;
  hour: string;
  unit: ExportUnit;
  bytes: number;
}
