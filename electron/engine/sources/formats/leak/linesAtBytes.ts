import fs from 'node:fs';
import zlib from 'node:zlib';

/** Maps byte offsets of a (possibly gzip) text file to 1-based line numbers: 1 + newlines before the offset. One streamed pass. */
export async function linesAtBytes(file: string, gzip: boolean, offsets: number[]): Promise<Map<number, number>> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map<number, number>();
  if (wanted.length === 0) return found;
  const input = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  const stream = gzip ? input.pipe(zlib.createGunzip()) : input;
  let base = 0;
  let lines = 1;
  let k = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    while (k < wanted.length && (wanted[k] as number) <= base + chunk.length) {
      const end = (wanted[k] as number) - base;
      lines += countNewlines(chunk, from, end);
      from = end;
      found.set(wanted[k] as number, lines);
      k++;
    }
    lines += countNewlines(chunk, from, chunk.length);
    base += chunk.length;
    if (k >= wanted.length) break;
  }
  input.destroy();
  for (; k < wanted.length; k++) found.set(wanted[k] as number, lines);
  return found;
}

function countNewlines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(10, from); i !== -1 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
