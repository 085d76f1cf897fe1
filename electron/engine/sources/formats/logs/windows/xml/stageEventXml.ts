import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../../../../shared/userError';
import { sqlIdent } from '../../../../../sql/sqlString';
import { isGzipFile } from '../../../../verifyGzip';
import type { LineWatch } from '../../stageLines';
import { flattenEvent } from '../evtx/flattenEvent';
import { type EvtxStaging, systemOnly } from '../evtx/stageEvtx';
import { parseEventXml } from './parseEventXml';

/** The text encoding of an XML export from its first bytes: UTF-16LE with its byte-order mark (PowerShell's `>`, Event Viewer), else UTF-8. */
export function eventXmlEncoding(head: Buffer): 'utf16le' | 'utf8' {
  return head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : 'utf8';
}

/** The first characters of an XML export, decoded, without a byte-order mark. */
export function eventXmlHeadText(head: Buffer): string {
  return head.toString(eventXmlEncoding(head)).replace(/^\uFEFF/, '');
}

const eventStart = /<Event[\s>]/g;
const eventEnd = '</Event>';

/**
 * Streams an XML export of Windows events (wevtutil `/f:xml`, with or without an `<Events>` root; Event Viewer "Save as
 * XML") into a temp view `(ln, raw, j)` exactly as stageEvtx does: one flat JSON record per `<Event>` element, `ln` its
 * 1-based number in the file. An event that is not well-formed XML, or one the file ends inside, is a reject naming why.
 */
export async function stageEventXml(c: DuckDBConnection, file: string, head: Buffer, table: string, wanted: (eventId: string) => boolean, watch: LineWatch = {}): Promise<EvtxStaging> {
  const raw = `${table}_docs`;
  await c.run(`CREATE TEMP TABLE ${sqlIdent(raw)} (ln BIGINT, raw VARCHAR)`);
  const appender = await c.createAppender(raw, 'main', 'temp');
  const staging: EvtxStaging = { events: 0, byEventId: new Map(), rejects: [], notes: [] };
  const input = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  const total = fs.statSync(file).size || 1;
  const decoder = new StringDecoder(eventXmlEncoding(head));
  let buffer = '';
  let ln = 0;
  const take = (text: string) => {
    ln++;
    try {
      const event = flattenEvent(parseEventXml(text));
      if (event.EventID === undefined) throw new Error('expected an <EventID> in the event <System>');
      staging.events++;
      const id = event.EventID;
      staging.byEventId.set(id, (staging.byEventId.get(id) ?? 0) + 1);
      appender.appendBigInt(BigInt(ln));
      appender.appendVarchar(JSON.stringify(wanted(id) ? event : systemOnly(event)));
      appender.endRow();
    } catch (e) {
      staging.rejects.push({ line: ln, column: null, reason: `event ${ln} is not a readable <Event> element: ${(e as Error).message}`, raw: text.slice(0, 2000) });
    }
  };
  try {
    for await (const chunk of isGzipFile(file) ? input.pipe(zlib.createGunzip()) : input) {
      buffer += decoder.write(chunk as Buffer);
      buffer = drain(buffer, take);
      if (watch.signal?.aborted) throw new UserError('bad_input', `${path.basename(file)}: cancelled by the analyst.`);
      watch.onShare?.(input.bytesRead / total);
    }
    buffer = drain(buffer + decoder.end(), take);
    eventStart.lastIndex = 0;
    if (eventStart.test(buffer)) {
      ln++;
      staging.rejects.push({ line: ln, column: null, reason: `event ${ln}: the file ends inside this <Event> element (a cut export?)`, raw: buffer.slice(0, 2000) });
    }
  } finally {
    appender.closeSync();
  }
  await c.run(`CREATE TEMP VIEW ${sqlIdent(table)} AS SELECT ln, raw, CAST(raw AS JSON) AS j FROM ${sqlIdent(raw)}`);
  return staging;
}

/** Hands every complete `<Event>…</Event>` of `buffer` to `take`, in order, and returns what is left after the last one. */
function drain(buffer: string, take: (event: string) => void): string {
  let from = 0;
  for (;;) {
    eventStart.lastIndex = from;
    const start = eventStart.exec(buffer);
    if (!start) return buffer.slice(Math.max(from, buffer.length - 8));
    const end = buffer.indexOf(eventEnd, start.index);
    if (end < 0) return buffer.slice(start.index);
    take(buffer.slice(start.index, end + eventEnd.length));
    from = end + eventEnd.length;
  }
}
