import { formatBytes } from '../../../shared/format/formatBytes';
import { formatShare } from '../ui/formatShare';
import { formatShortUtc } from '../ui/formatShortUtc';
import { formatUtc } from '../ui/formatUtc';

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const volumeKeys = new Set(['total', 'peak', 'baselineMedian', 'baselineMad', 'baselineIqr', 'iqr', 'mad', 'floor', 'value', 'bytes', 'median', 'hourOfDayMedian', 'usual', 'excess', 'crowdMedian', 'priorMax']);

/** What formatting an evidence value needs besides the value: masking, the finding's entities, the export unit. */
export interface EvidenceContext {
  revealed: boolean;
  users: string[];
  ips: string[];
  unit?: unknown;
}

/** Formats one evidence value for reading: shares as %, volumes in bytes, times in UTC, lists joined, personal data masked unless revealed. */
export function formatEvidence(key: string, value: unknown, ctx: EvidenceContext): string {
  if (value === null || value === undefined) return /leak/i.test(key) ? 'no leak loaded' : '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (/Share$|Overlap$/.test(key)) return formatShare(value);
    if (ctx.unit === 'bytes' && volumeKeys.has(key)) return formatBytes(value);
    return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'string') return isoTime.test(value) ? `${formatUtc(value)} UTC` : value;
  if (Array.isArray(value)) return value.map((v) => formatEvidence(key, v, ctx)).join(', ') || '—';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.hour === 'string') return `${formatShortUtc(o.hour)}: ${formatEvidence('value', o.value, ctx)}`;
    return Object.entries(o)
      .map(([k, v]) => formatEvidence(k, v, ctx))
      .join(' × ');
  }
  return String(value);
}
