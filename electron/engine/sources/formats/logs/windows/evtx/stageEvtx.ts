import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../../../../shared/userError';
import { sqlIdent } from '../../../../../sql/sqlString';
import type { RejectedRow } from '../../../../Loader';
import type { LineWatch } from '../../stageLines';
import { readEvtx } from './readEvtx';

/** What staging an EVTX file found besides its events: refused chunks and records, notes, events per EventID. */
export interface EvtxStaging {
  events: number;
  byEventId: Map<string, number>;
  rejects: RejectedRow[];
  notes: string[];
}

/**
 * Streams an EVTX file into a temp view `(ln BIGINT, raw VARCHAR, j JSON)` over the table `<table>_docs` (dropStaged
 * drops both), one flat JSON record per event (`ln` its 1-based number in file order), so the Windows Security JSON
 * mapping reads it. Events `wanted` rejects by EventID are staged with their System fields only (EventID, time, host,
 * channel, provider, record id): they are counted and skipped, and their fields would only cost time. A damaged chunk
 * or an unreadable record becomes a reject naming its byte offset; the other chunks are kept.
 */
export async function stageEvtx(c: DuckDBConnection, file: string, table: string, wanted: (eventId: string) => boolean, watch: LineWatch = {}): Promise<EvtxStaging> {
  const raw = `${table}_docs`;
  await c.run(`CREATE TEMP TABLE ${sqlIdent(raw)} (ln BIGINT, raw VARCHAR)`);
  const appender = await c.createAppender(raw, 'main', 'temp');
  const staging: EvtxStaging = { events: 0, byEventId: new Map(), rejects: [], notes: [] };
  const total = fs.statSync(file).size || 1;
  let ln = 0;
  try {
    for await (const item of readEvtx(file, (bytes) => watch.onShare?.(Math.min(1, bytes / total)))) {
      if (item.kind === 'event') {
        ln++;
        staging.events++;
        const id = item.event.EventID ?? '?';
        staging.byEventId.set(id, (staging.byEventId.get(id) ?? 0) + 1);
        appender.appendBigInt(BigInt(ln));
        appender.appendVarchar(JSON.stringify(wanted(id) ? item.event : systemOnly(item.event)));
        appender.endRow();
        if ((ln & 0xfff) === 0 && watch.signal?.aborted) throw new UserError('bad_input', `${path.basename(file)}: cancelled by the analyst.`);
      } else if (item.kind === 'badRecord') staging.rejects.push({ line: ++ln, column: null, reason: item.reason, raw: '' });
      else if (item.kind === 'badChunk') {
        staging.rejects.push({ line: ln + 1, column: null, reason: `chunk ${item.index} at byte offset ${item.offset} is damaged (${item.reason}); its events were not read`, raw: '' });
      } else if (item.kind === 'chunkNote') staging.notes.push(`chunk ${item.index} at byte offset ${item.offset}: ${item.note}`);
      else staging.notes.push(`${item.reason}; the chunks were read, each checked by its own CRC32s`);
    }
  } finally {
    appender.closeSync();
  }
  await c.run(`CREATE TEMP VIEW ${sqlIdent(table)} AS SELECT ln, raw, CAST(raw AS JSON) AS j FROM ${sqlIdent(raw)}`);
  return staging;
}

const systemFields = ['EventID', 'TimeCreated', 'Computer', 'Channel', 'Provider', 'EventRecordID'];

/** An event cut to its System fields, staged for the events a loader only counts and skips. */
export function systemOnly(event: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of systemFields) if (event[k] !== undefined) out[k] = event[k];
  return out;
}
