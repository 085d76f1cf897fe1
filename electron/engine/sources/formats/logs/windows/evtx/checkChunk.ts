import zlib from 'node:zlib';

/** Size of one EVTX chunk. */
export const evtxChunkBytes = 64 * 1024;

/** Where a chunk's event records start, after its header and its string and template tables. */
export const recordsStart = 512;

const chunkMagic = Buffer.from('ElfChnk\0', 'latin1');

/**
 * What checking a chunk found: unused (never written), damaged (the reason), or readable with the end of its records
 * and, when its records CRC32 is stale in a log not closed cleanly, a note saying so.
 */
export type ChunkCheck = { state: 'unused' } | { state: 'damaged'; reason: string } | { state: 'sound'; recordsEnd: number; note: string | null };

/** How the file header says chunks are to be checked. */
export interface ChunkRules {
  /** The log was not closed cleanly: the chunk being written may carry a stale records CRC32. */
  dirty: boolean;
  /** The writer kept no CRC32s. */
  noCrc: boolean;
  /** A slot past the header's chunk count without a signature was never written. */
  inUse: boolean;
}

const hex8 = (n: number): string => '0x' + n.toString(16).padStart(8, '0');

/**
 * Checks a chunk's signature and the CRC32s of its header (bytes 0–120 and 128–512) and of its event records data.
 * A header CRC32 mismatch with a matching records CRC32 (which also vouches for the free space offset it is taken up
 * to) is damage in the header's caches of name and template offsets, which parsing does not use (names and templates
 * are read where the records point): the chunk is read with a note, as libevtx reads it.
 * A records CRC32 mismatch in a log that was not closed cleanly is what Windows leaves in the chunk it was writing:
 * the chunk is read (each record is still framed by its signature and sizes) with a note; in a clean log it is damage.
 */
export function checkChunk(buf: Buffer, rules: ChunkRules): ChunkCheck {
  if (!buf.subarray(0, 8).equals(chunkMagic)) {
    if (!rules.inUse || buf.every((b) => b === 0)) return { state: 'unused' };
    return { state: 'damaged', reason: 'no "ElfChnk" signature' };
  }
  const recordsEnd = buf.readUInt32LE(48);
  if (recordsEnd < recordsStart || recordsEnd > buf.length) return { state: 'damaged', reason: `free space offset ${recordsEnd} is outside the chunk` };
  if (rules.noCrc) return { state: 'sound', recordsEnd, note: null };
  const headerCrc = zlib.crc32(buf.subarray(128, recordsStart), zlib.crc32(buf.subarray(0, 120)));
  const dataCrc = zlib.crc32(buf.subarray(recordsStart, recordsEnd));
  if (headerCrc !== buf.readUInt32LE(124)) {
    const headerMismatch = `chunk header CRC32 is ${hex8(buf.readUInt32LE(124))}, computed ${hex8(headerCrc)}`;
    if (dataCrc !== buf.readUInt32LE(52)) return { state: 'damaged', reason: headerMismatch };
    return { state: 'sound', recordsEnd, note: `${headerMismatch}; its event records CRC32 matches, so its records were read (the header's string and template caches, which are not needed to read them, may be damaged)` };
  }
  if (dataCrc === buf.readUInt32LE(52)) return { state: 'sound', recordsEnd, note: null };
  const mismatch = `event records CRC32 is ${hex8(buf.readUInt32LE(52))}, computed ${hex8(dataCrc)}`;
  if (!rules.dirty) return { state: 'damaged', reason: mismatch };
  return { state: 'sound', recordsEnd, note: `${mismatch}; the log was not closed cleanly, so its records were read one by one` };
}
