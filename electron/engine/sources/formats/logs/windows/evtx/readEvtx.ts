import fs from 'node:fs/promises';
import { checkChunk, evtxChunkBytes } from './checkChunk';
import { chunkEvents } from './chunkEvents';
import { evtxHeaderBytes, readEvtxFileHeader } from './evtxFileHeader';

/** What reading an EVTX file yields, in file order: events, records that could not be read, and damaged chunks. */
export type EvtxItem =
  | { kind: 'event'; event: Record<string, string>; recordId: bigint }
  | { kind: 'badRecord'; reason: string }
  | { kind: 'badChunk'; index: number; offset: number; reason: string }
  | { kind: 'chunkNote'; index: number; offset: number; note: string }
  | { kind: 'badHeader'; reason: string };

/** Chunks read per file read: a few, so a big log is streamed without one read per 64 KiB. */
const chunksPerRead = 16;

/**
 * Streams an EVTX file (read-only) chunk by chunk, never holding more than a few chunks: the file header is checked
 * (a bad CRC is reported, the chunks are still read since each checks itself), then every 64 KiB chunk is checked by
 * its CRC32s (see checkChunk): a damaged chunk is yielded with its byte offset and skipped, the others yield their events.
 * `onBytes` receives the bytes read so far.
 */
export async function* readEvtx(file: string, onBytes?: (n: number) => void): AsyncGenerator<EvtxItem> {
  const fh = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(evtxHeaderBytes);
    const { bytesRead } = await fh.read(head, 0, evtxHeaderBytes, 0);
    const header = readEvtxFileHeader(head.subarray(0, bytesRead));
    if (header.problem) yield { kind: 'badHeader', reason: header.problem };
    const block = Buffer.alloc(evtxChunkBytes * chunksPerRead);
    let offset = evtxHeaderBytes;
    let index = 0;
    for (;;) {
      const { bytesRead: n } = await fh.read(block, 0, block.length, offset);
      if (n === 0) break;
      for (let at = 0; at < n; at += evtxChunkBytes, index++) {
        const chunkOffset = offset + at;
        if (n - at < evtxChunkBytes) {
          const tail = block.subarray(at, n);
          if (!tail.every((b) => b === 0)) yield { kind: 'badChunk', index, offset: chunkOffset, reason: `the file ends ${n - at} bytes into it: truncated` };
          break;
        }
        const buf = block.subarray(at, at + evtxChunkBytes);
        const check = checkChunk(buf, { dirty: header.dirty, noCrc: header.noCrc, inUse: index < header.chunkCount });
        if (check.state === 'damaged') yield { kind: 'badChunk', index, offset: chunkOffset, reason: check.reason };
        if (check.state !== 'sound') continue;
        if (check.note) yield { kind: 'chunkNote', index, offset: chunkOffset, note: check.note };
        for (const item of chunkEvents(buf, check.recordsEnd, chunkOffset)) {
          if ('problem' in item) yield { kind: 'badRecord', reason: item.problem };
          else yield { kind: 'event', event: item.event, recordId: item.recordId };
        }
      }
      offset += n;
      onBytes?.(offset);
      if (n < block.length) break;
    }
  } finally {
    await fh.close();
  }
}
