/** Draws on top of a uniform source: the shapes traffic volumes take (log-normal sizes, Poisson counts). */
export interface BlindDraw {
  u: () => number;
  /** Uniform in [a, b). */
  between: (a: number, b: number) => number;
  /** An integer in [a, b]. */
  int: (a: number, b: number) => number;
  /** Log-normal with the given median and sigma of the logarithm. */
  logNormal: (median: number, sigma: number) => number;
  poisson: (mean: number) => number;
  pick: <T>(xs: readonly T[]) => T;
}

/** Wraps a seeded uniform source into the draws the blind generator needs, so every figure is reproducible from the seed. */
export function blindDraw(u: () => number): BlindDraw {
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const poisson = (mean: number): number => {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = u(); p > limit; p *= u()) k += 1;
    return k;
  };
  return {
    u,
    between: (a, b) => a + (b - a) * u(),
    int: (a, b) => a + Math.floor(u() * (b - a + 1)),
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    poisson,
    pick: (xs) => xs[Math.floor(u() * xs.length)] as (typeof xs)[number],
  };
}
