import type { ExportUnit } from '../../../shared/api/exportsApi';
import { formatBytes } from '../../../shared/format/formatBytes';
import { formatCount } from '../../../shared/format/formatCount';

/** A volume as a finding's sentence gives it: bytes as the workbench shows them, a count for events. */
export function exportVolume(x: number, unit: ExportUnit): string {
  return unit === 'bytes' ? formatBytes(x) : `${formatCount(x)} events`;
}
