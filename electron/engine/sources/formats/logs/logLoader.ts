import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { UserError } from '../../../../../shared/userError';
import type { LoadJob, LoadOptions, Loader, LoaderPreview } from '../../Loader';
import { loadAccountEvents } from './loadAccountEvents';
import { loadMapped } from './loadMapped';
import { loadMappedDirect } from './loadMappedDirect';
import type { CsvStaging } from './stageCsv';
import type { RecordMapping } from './RecordMapping';
import { resolveTimezone } from './resolveTimezone';
import { type DateOrder, resolveDateOrder } from './zonedTimeSql';
import { stageJsonRecords } from './stageJsonRecords';
import { dropStaged } from './dropStaged';
import { dateOrderOfRecords } from './dateOrderOfRecords';
import { type LineWatch, stageLines } from './stageLines';
import { containerWrappingLabel } from './container/containerWrappingLabel';

/** What a family's mapping builder is given: the staged table, the validated time zone and the job. */
export interface MappingContext {
  staged: string;
  timezone: string;
  /** Day/month order of numeric dates (option dateOrder), for families whose exports write them. */
  dateOrder: DateOrder;
  options: LoadOptions;
  file: string;
  displayName: string;
  head: Buffer;
  c: DuckDBConnection;
  /** Progress and cancel of the load, for families that stage the file themselves. */
  watch: LineWatch;
  /** How a family whose mapping keeps file order may stage a CSV with stageCsv: streamed first, copied when the streamed load gives up. */
  staging: CsvStaging;
}

/** Declaration of one access-log family; logLoader turns it into a Loader. */
export interface LogFamily {
  format: string;
  kind: SourceKind;
  label: string;
  /** `json`: records staged as `(ln, raw, j)`; `lines`: text staged as `(ln, line)`; `custom`: build stages `staged` itself. */
  stage: 'json' | 'lines' | 'custom';
  detect(head: Buffer, file: string): boolean;
  /** Canonical field → source field, shown before loading and stored with the source. */
  mapping: Record<string, string>;
  /** Family-specific notes; the time-zone rule is appended. */
  notes?: string[];
  /** Whether the family has zone-less times the `timezone` option applies to. */
  zoneless?: boolean;
  /** False for a family whose staging cannot inflate a gzip-compressed file (a binary format read by its own reader); the text stagers all can. */
  gzip?: false;
  /** True for a family whose staging decodes UTF-16 itself (Windows XML exports); the others read a UTF-8 copy of a UTF-16 input. */
  utf16?: true;
  /** The day/month order of numeric dates when neither the analyst nor the file's dates tell (`mdy` when absent): a localised export's. */
  dateOrder?(head: Buffer): DateOrder;
  /** Choices the analyst can make (e.g. the year of a syslog). */
  choices?(head: Buffer, file: string): Record<string, string[]>;
  build(ctx: MappingContext): RecordMapping | Promise<RecordMapping>;
}

/** Share of a load's progress given to streaming the lines in; the SQL mapping takes the rest. */
const stagingShare = 0.8;

const zoneNote = 'Times with an offset are honoured; zone-less times are read as UTC unless you set the timezone option (an IANA name such as Europe/Paris); seconds or milliseconds since 1970 are UTC.';
const utcNote = 'Every time in this format carries its zone (or is epoch seconds), so the timezone option does not apply.';

/** What a source's message says of its account events, as it says of the records it skipped; empty when there are none. */
function accountEventsNote(n: number): string {
  return n === 0 ? '' : `${n} of the skipped records ${n === 1 ? 'is an account event' : 'are account events'} (password changes and resets, lockouts, unlocks), kept apart for the detectors.`;
}

/** What a source's message says of the lines its container wrapping skipped; empty when there are none. */
function containerSkippedNote(n: number): string {
  return n === 0 ? '' : `${n} ${n === 1 ? "line is the container's or the service's own output" : "lines are the container's or the service's own output"} (start-up notices, error log lines), skipped.`;
}

/** Builds a Loader from a family declaration: stage the file, map it in SQL, insert, report rejects and skipped records. */
export function logLoader(family: LogFamily): Loader {
  const notes = [...(family.notes ?? []), family.zoneless === false ? utcNote : zoneNote];
  return {
    format: family.format,
    kind: family.kind,
    label: family.label,
    readsGzip: family.gzip !== false,
    ...(family.stage === 'custom' ? {} : { readsContainerLogs: true }),
    ...(family.utf16 ? { readsUtf16: true } : {}),
    detect: (head, file) => {
      try {
        return family.detect(head, file);
      } catch {
        return false;
      }
    },
    preview(head, file): LoaderPreview {
      return { mapping: family.mapping, notes, choices: family.choices?.(head, file) ?? {} };
    },
    async load(job: LoadJob) {
      const { c, file, sourceId, head, options, displayName, progress, wrapping } = job;
      const timezone = await resolveTimezone(c, options, displayName);
      const givenOrder = options.dateOrder !== undefined && options.dateOrder !== '';
      const formatOrder = givenOrder ? undefined : family.dateOrder?.(head);
      const chosenOrder = resolveDateOrder(options, displayName, formatOrder);
      const staged = `staged_${sourceId}`;
      const watch: LineWatch = progress
        ? { signal: progress.signal, onShare: (share) => (progress.loadShare = Math.max(progress.loadShare, stagingShare * share)) }
        : {};
      let containerSkipped = 0;
      if (family.stage === 'json') containerSkipped = (await stageJsonRecords(c, file, head, staged, displayName, watch, wrapping ?? null)).skipped;
      else if (family.stage === 'lines') containerSkipped = (await stageLines(c, file, staged, watch, wrapping ?? null)).skipped;
      let context = { staged, timezone, dateOrder: chosenOrder, options, file, displayName, head, c, watch };
      let mapping = await family.build({ ...context, staging: 'direct' });
      const fileOrder = !givenOrder ? await dateOrderOfRecords(c, mapping, head) : null;
      if (fileOrder !== null && fileOrder !== chosenOrder) {
        if (family.stage === 'custom') await dropStaged(c, staged);
        context = { ...context, dateOrder: fileOrder };
        mapping = await family.build({ ...context, staging: 'direct' });
      }
      let outcome = mapping.direct ? await loadMappedDirect(c, family.kind, mapping, sourceId, mapping.direct) : await loadMapped(c, family.kind, mapping, sourceId);
      if (!outcome) {
        await dropStaged(c, staged);
        mapping = await family.build({ ...context, staging: 'copy' });
        outcome = await loadMapped(c, family.kind, mapping, sourceId);
      }
      const accountEvents = await loadAccountEvents(c, mapping, sourceId);
      await dropStaged(c, staged);
      const skipped = outcome.skipped + containerSkipped;
      if (outcome.rowsLoaded === 0 && outcome.rowsRejected === 0 && skipped > 0 && accountEvents === 0) {
        throw new UserError('bad_input', `${displayName}: ${skipped} records read, none of them an event this format loads (${family.label}); nothing to load.`);
      }
      return {
        rowsLoaded: outcome.rowsLoaded,
        rowsRejected: outcome.rowsRejected + (mapping.stagingRejects?.count ?? 0),
        rejects: [...(mapping.stagingRejects?.rows ?? []), ...outcome.rejects].sort((a, b) => a.line - b.line),
        mapping: {
          ...family.mapping,
          timezone: family.zoneless === false ? 'zone carried by every time' : timezone,
          skippedRecords: skipped,
          ...(accountEvents > 0 ? { accountEvents } : {}),
          ...(wrapping ? { container: containerWrappingLabel(wrapping), containerLinesSkipped: containerSkipped } : {}),
          ...(fileOrder !== null ? { dateOrder: fileOrder === 'dmy' ? 'day first, as the dates of the file show (a first number above 12)' : 'month first, as the dates of the file show (a second number above 12)' } : {}),
          ...(fileOrder === null && formatOrder === 'dmy' ? { dateOrder: "day first, the order of this export's locale (no date of the file tells otherwise)" } : {}),
        },
        ...(mapping.describe || accountEvents > 0 || containerSkipped > 0
          ? { message: [mapping.describe?.(outcome.skipped), accountEventsNote(accountEvents), containerSkippedNote(containerSkipped)].filter(Boolean).join(' ') }
          : {}),
      };
    },
  };
}
