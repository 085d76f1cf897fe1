/** `count` page offsets spread deterministically over a table of `rows` rows (first, last, and a fixed scatter between). */
export function pageOffsets(rows: number, count: number, limit: number): number[] {
  const last = Math.max(0, rows - limit);
  const out = [0, last];
  let x = 2463534242;
  while (out.length < count) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.push(Math.floor((x / 2 ** 32) * last));
  }
  return out.slice(0, count);
}
