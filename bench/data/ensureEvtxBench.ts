import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { evtxHeaderBytes } from '../../electron/engine/sources/formats/logs/windows/evtx/evtxFileHeader';
import { evtxChunkBytes } from '../../electron/engine/sources/formats/logs/windows/evtx/checkChunk';
import { readEvtx } from '../../electron/engine/sources/formats/logs/windows/evtx/readEvtx';
import { corpusFile } from '../../electron/engine/testing/corpusFile';
import { cacheDir } from '../benchPaths';

/** The same events twice: a native EVTX file and its events as flat JSON lines, and how many events each holds. */
export interface EvtxBenchInputs {
  evtx: string;
  json: string;
  events: number;
}

/** Most chunks a file header can count. */
const maxChunks = 0xffff;

/**
 * Writes (once, cached) a big EVTX made of the real Security_with_size_t.evtx sample's chunks repeated until at least
 * `events` events (its file header rewritten with the new chunk count and CRC32), and the same events as JSON lines,
 * one flat record each, as Breachdesk's reader turns them (the form NXLog and Sentinel exports take).
 */
export async function ensureEvtxBench(events: number): Promise<EvtxBenchInputs> {
  const sample = corpusFile('windows_evtx', 'Security_with_size_t.evtx');
  const bytes = fs.readFileSync(sample);
  const chunks = bytes.readUInt16LE(42);
  const lines: string[] = [];
  for await (const item of readEvtx(sample)) if (item.kind === 'event') lines.push(JSON.stringify(item.event));
  const copies = Math.max(1, Math.min(Math.ceil(events / lines.length), Math.floor(maxChunks / chunks)));
  const base = path.join(cacheDir, 'data', `evtx-security-x${copies}`);
  const out = { evtx: `${base}.evtx`, json: `${base}.jsonl`, events: copies * lines.length };
  if (fs.existsSync(out.evtx) && fs.existsSync(out.json)) return out;
  fs.mkdirSync(path.dirname(base), { recursive: true });
  const header = Buffer.from(bytes.subarray(0, evtxHeaderBytes));
  header.writeBigUInt64LE(0n, 8);
  header.writeBigUInt64LE(BigInt(copies * chunks - 1), 16);
  header.writeUInt16LE(copies * chunks, 42);
  header.writeUInt32LE(0, 120);
  header.writeUInt32LE(zlib.crc32(header.subarray(0, 120)), 124);
  const body = bytes.subarray(evtxHeaderBytes, evtxHeaderBytes + chunks * evtxChunkBytes);
  const jsonBlock = Buffer.from(lines.join('\n') + '\n');
  const evtxFd = fs.openSync(`${out.evtx}.partial`, 'w');
  const jsonFd = fs.openSync(`${out.json}.partial`, 'w');
  try {
    fs.writeSync(evtxFd, header);
    for (let i = 0; i < copies; i++) {
      fs.writeSync(evtxFd, body);
      fs.writeSync(jsonFd, jsonBlock);
    }
  } finally {
    fs.closeSync(evtxFd);
    fs.closeSync(jsonFd);
  }
  fs.renameSync(`${out.evtx}.partial`, out.evtx);
  fs.renameSync(`${out.json}.partial`, out.json);
  return out;
}
