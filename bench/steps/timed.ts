/** Runs `fn` and returns its result with the elapsed wall time in seconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wallS: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, wallS: (performance.now() - started) / 1000 };
}
