import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** Streams a file through SHA-256 without holding it in memory; opens it read-only. */
export async function hashFile(file: string, onBytes?: (bytesRead: number) => void, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  let read = 0;
  for await (const chunk of fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20, ...(signal ? { signal } : {}) })) {
    hash.update(chunk as Buffer);
    read += (chunk as Buffer).length;
    onBytes?.(read);
  }
  return hash.digest('hex');
}
