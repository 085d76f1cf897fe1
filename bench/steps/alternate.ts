/**
 * Runs each variant `rounds` times, interleaved (A, B, A, B, …) so drift in the machine's load hits all
 * alike, and returns each variant's median seconds. For A/B comparisons on a shared machine.
 */
export async function alternate(variants: Record<string, () => Promise<unknown>>, rounds: number): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(variants)) {
      const started = performance.now();
      await fn();
      times[name]?.push((performance.now() - started) / 1000);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, t]) => {
      const sorted = [...t].sort((a, b) => a - b);
      return [name, Math.round((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) * 1000) / 1000];
    }),
  );
}
