import type { ExportUnit } from '../api/exportsApi';
import { formatBytes } from './formatBytes';
import { formatCount } from './formatCount';

/** A user-hour measure in its unit: bytes as `1.2 GB`, events as `900 events`; null as a dash. */
export function formatMeasure(v: number | null | undefined, unit: ExportUnit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return unit === 'bytes' ? formatBytes(v) : `${formatCount(Math.round(v))} events`;
}
