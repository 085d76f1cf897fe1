import type { SourceKind } from '../../../../../../shared/api/sourcesApi';
import type { CanonicalColumn } from '../canonicalColumns';
import { csvFields } from '../csvFields';
import { csvHeader } from '../csvHeader';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { stageCsv } from '../stageCsv';
import { zonedTimeSql } from '../zonedTimeSql';

/** The time column of a Log Analytics table as the query API (`TimeGenerated`) and the portal's Export to CSV (`TimeGenerated [UTC]`) name it. */
const timeNames = ['TimeGenerated', 'TimeGenerated [UTC]'];

/** One Microsoft Sentinel / Log Analytics table exported as CSV, read by its schema's column names. */
export interface SentinelTable {
  format: string;
  kind: Extract<SourceKind, 'signin' | 'transfer'>;
  table: string;
  label: string;
  /** Columns (any case) the header must hold, besides a time column, for the file to be this table. */
  requires: string[];
  /** The table's time columns, first found wins; TimeGenerated (or its portal form) when not given. */
  times?: string[];
  /** Layer name → the table's columns that feed it, first non-blank wins. */
  fields: Record<string, string[]>;
  /** Values computed from the fields, a second layer the columns may use. */
  derived?: Record<string, string>;
  mapping: Record<string, string>;
  notes: string[];
  /** SQL over the fields: the rows this loader keeps (the others are skipped and counted). */
  relevant: string;
  /** Canonical columns over the fields, given the SQL of the row's time. */
  columns(ts: string): Partial<Record<CanonicalColumn, string>>;
  checks?: RecordMapping['checks'];
}

/** Whether a CSV head's header holds every column named and one of the time columns (names compared ignoring case). */
export function hasSentinelColumns(head: Buffer, names: string[], times: string[] = timeNames): boolean {
  const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
  return times.some((t) => cols.has(t.toLowerCase())) && names.every((n) => cols.has(n.toLowerCase()));
}

/**
 * A loader for one Sentinel table's CSV export: staged as text, each field from its schema column, the time read as UTC
 * when the header says `[UTC]` (the portal's export), else in the timezone option (the query API writes ISO times with Z).
 */
export function sentinelTableCsv(t: SentinelTable) {
  const times = t.times ?? timeNames;
  return logLoader({
    format: t.format,
    kind: t.kind,
    label: t.label,
    stage: 'custom',
    detect: (head) => hasSentinelColumns(head, t.requires, times),
    mapping: { ts: `${times.filter((n) => !n.endsWith(' [UTC]')).join(', else ')} (UTC; with " [UTC]" in a portal export)`, ...t.mapping, raw_ref: 'line of the record (exact while records do not span lines)' },
    notes: [...t.notes, 'A time column named with " [UTC]" is read as UTC whatever the timezone option says.'],
    async build({ c, file, staged, timezone, dateOrder, staging }): Promise<RecordMapping> {
      const csv = await stageCsv(c, file, staged, staging);
      const byLower = new Set(csv.columns.map((col) => col.toLowerCase()));
      const timeColumn = times.find((n) => byLower.has(n.toLowerCase())) ?? 'TimeGenerated';
      const zone = /\[utc\]/i.test(timeColumn) ? 'UTC' : timezone;
      return {
        from: staged,
        layers: [csvFields(csv.columns, { time: [timeColumn], ...t.fields }), ...(t.derived ? [t.derived] : [])],
        parsed: 'true',
        relevant: t.relevant,
        columns: t.columns(zonedTimeSql('time', zone, dateOrder)),
        timeText: 'time',
        timeExpected: `a time in column ${timeColumn}`,
        unparsed: `expected a ${t.table} CSV record`,
        ...(t.checks ? { checks: t.checks } : {}),
        ...(csv.direct ? { direct: csv.direct } : {}),
        stagingRejects: { rows: csv.rejects, count: csv.rejected },
      };
    },
  });
}
