import fs from 'node:fs';

/** Reads the first `bytes` of a file (read-only) so loaders can sniff its format. */
export function readHead(file: string, bytes = 64 * 1024): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}
