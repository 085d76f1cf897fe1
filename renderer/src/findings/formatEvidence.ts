import { formatUtc } from '../ui/formatUtc';
import { formatShare } from '../ui/formatShare';
import { maskText } from '../ui/maskText';

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Formats one evidence value for reading: shares as %, times in UTC, lists joined, personal data masked unless revealed. */
export function formatEvidence(key: string, value: unknown, revealed: boolean, users: string[], ips: string[]): string {
  if (value === null || value === undefined) return /leak/i.test(key) ? 'no leak loaded' : '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (/Share$|Overlap$/.test(key)) return formatShare(value);
    return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'string') return isoTime.test(value) ? `${formatUtc(value)} UTC` : maskText(value, revealed, users, ips);
  if (Array.isArray(value)) return value.map((v) => formatEvidence(key, v, revealed, users, ips)).join(', ') || '—';
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => formatEvidence(k, v, revealed, users, ips));
    return parts.join(' × ');
  }
  return String(value);
}
