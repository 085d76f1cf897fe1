/** Runs `fn` once to warm up, then `repeats` times, and returns the p50 and p95 of the timed runs in ms. */
export async function percentiles(repeats: number, fn: (i: number) => Promise<unknown>): Promise<{ p50Ms: number; p95Ms: number; totalS: number }> {
  await fn(-1);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] as number;
  return { p50Ms: at(0.5), p95Ms: at(0.95), totalS: times.reduce((s, t) => s + t, 0) / 1000 };
}
