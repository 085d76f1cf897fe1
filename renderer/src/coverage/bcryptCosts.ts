import type { PasswordHashDto } from '../../../shared/api/coverageApi';

/** One bar of the bcrypt cost histogram. */
export interface CostBin {
  cost: string;
  count: number;
}

/** Sums the bcrypt cost histograms of every password column, in ascending cost. */
export function bcryptCosts(hashes: PasswordHashDto[]): CostBin[] {
  const sum = new Map<string, number>();
  for (const h of hashes) for (const [cost, n] of Object.entries(h.costs)) sum.set(cost, (sum.get(cost) ?? 0) + n);
  return [...sum.entries()].map(([cost, count]) => ({ cost, count })).sort((a, b) => Number(a.cost) - Number(b.cost));
}
