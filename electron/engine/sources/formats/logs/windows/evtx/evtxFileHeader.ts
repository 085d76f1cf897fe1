import zlib from 'node:zlib';

/** Size of the EVTX file header block; the first chunk starts right after it. */
export const evtxHeaderBytes = 4096;

/** The 8 bytes every EVTX file starts with. */
export const evtxFileMagic = Buffer.from('ElfFile\0', 'latin1');

/** What the file header says; `problem` is set when its CRC32 or layout is wrong (chunks are still read: each checks itself). */
export interface EvtxFileHeader {
  majorVersion: number;
  minorVersion: number;
  chunkCount: number;
  /** The log was not closed cleanly: the records CRC32 of the chunk being written may be stale. */
  dirty: boolean;
  /** Flag 4: the writer kept no CRC32s, so none is checked. */
  noCrc: boolean;
  problem: string | null;
}

/** True when a head starts with the EVTX file magic. */
export function isEvtx(head: Buffer): boolean {
  return head.length >= evtxFileMagic.length && head.subarray(0, evtxFileMagic.length).equals(evtxFileMagic);
}

/** Parses the 4 KiB file header and checks its CRC32 (over its first 120 bytes, stored at offset 124). */
export function readEvtxFileHeader(block: Buffer): EvtxFileHeader {
  if (block.length < 128 || !isEvtx(block)) throw new Error('not an EVTX file (no "ElfFile" signature at offset 0)');
  const stored = block.readUInt32LE(124);
  const computed = zlib.crc32(block.subarray(0, 120));
  const headerSize = block.readUInt32LE(32);
  const noCrc = (block.readUInt32LE(120) & 4) !== 0;
  const problem =
    stored !== computed && !noCrc
      ? `file header CRC32 is 0x${stored.toString(16).padStart(8, '0')}, computed 0x${computed.toString(16).padStart(8, '0')}`
      : headerSize !== 128
        ? `file header size is ${headerSize}, expected 128`
        : null;
  return {
    minorVersion: block.readUInt16LE(36),
    majorVersion: block.readUInt16LE(38),
    chunkCount: block.readUInt16LE(42),
    dirty: (block.readUInt32LE(120) & 1) !== 0,
    noCrc: (block.readUInt32LE(120) & 4) !== 0,
    problem,
  };
}
