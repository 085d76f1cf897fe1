import { chunkContext } from './ChunkContext';
import { recordsStart } from './checkChunk';
import { flattenEvent } from './flattenEvent';
import { parseBinXml } from './parseBinXml';

const recordMagic = 0x00002a2a;

/** One item read from a chunk: an event as a flat record, or a record that could not be read. */
export type ChunkItem = { event: Record<string, string>; recordId: bigint } | { problem: string };

/** The events of a sound chunk, in order; a record that does not parse is yielded as a problem naming its offset. */
export function* chunkEvents(buf: Buffer, recordsEnd: number, chunkOffset: number): Generator<ChunkItem> {
  const ctx = chunkContext(buf);
  let pos = recordsStart;
  while (pos + 24 <= recordsEnd) {
    const where = `record at byte offset ${chunkOffset + pos}`;
    if (buf.readUInt32LE(pos) !== recordMagic) {
      yield { problem: `${where}: no "**" record signature; the rest of the chunk was not read` };
      return;
    }
    const size = buf.readUInt32LE(pos + 4);
    if (size < 28 || pos + size > recordsEnd || buf.readUInt32LE(pos + size - 4) !== size) {
      yield { problem: `${where}: record size ${size} does not fit the chunk; the rest of the chunk was not read` };
      return;
    }
    try {
      const event = flattenEvent(parseBinXml(ctx, pos + 24, pos + size - 4));
      yield { event, recordId: buf.readBigUInt64LE(pos + 8) };
    } catch (e) {
      yield { problem: `${where}: ${(e as Error).message}` };
    }
    pos += size;
  }
}
