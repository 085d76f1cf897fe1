import { useCallback, useEffect, useState } from 'react';
import type { FindingDto, FindingKind, FindingPageDto } from '../../../../shared/api/findingsApi';
import { limits } from '../../../../shared/limits';
import { call } from '../../api/client';

/** Stored findings of some kinds: the rows read (at most limits.listItems per kind), the exact total per kind and how many of them are above low severity. */
export interface StoredFindings {
  rows: FindingDto[];
  totals: Partial<Record<FindingKind, number>>;
  /** Exact count per kind of findings of medium severity or above: a mass campaign's low takeovers (the owners' own sign-ins after tries) are counted apart, as the report does. */
  aboveLow: Partial<Record<FindingKind, number>>;
  total: number;
}

/** One kind's rows and its exact count above low severity. */
type KindRead = readonly [FindingKind, FindingPageDto, number];

/** Two listFindings per kind (its rows, its count above low), one after the other: on a fresh case the first read creates the finding tables, and concurrent creations would conflict. */
async function readInTurn(kinds: FindingKind[]): Promise<KindRead[]> {
  const pages: KindRead[] = [];
  for (const kind of kinds) {
    const page = await call('listFindings', { kind, limit: limits.listItems });
    const aboveLow = await call('listFindings', { kind, minSeverity: 'medium', limit: 1 });
    pages.push([kind, page, aboveLow.total] as const);
  }
  return pages;
}

/** Reads the stored findings of the given kinds (one listFindings per kind), again when reload is called. */
export function useStoredFindings(kinds: readonly FindingKind[]): { data: StoredFindings | undefined; error: string | null; reload: () => void } {
  const [data, setData] = useState<StoredFindings | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const key = kinds.join(',');
  useEffect(() => {
    let live = true;
    readInTurn(key.split(',') as FindingKind[]).then(
      (pages) => {
        if (!live) return;
        setError(null);
        setData({
          rows: pages.flatMap(([, p]) => p.rows),
          totals: Object.fromEntries(pages.map(([k, p]) => [k, p.total])),
          aboveLow: Object.fromEntries(pages.map(([k, , n]) => [k, n])),
          total: pages.reduce((n, [, p]) => n + p.total, 0),
        });
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, reload };
}

/** The part of stored findings that is of the given kinds (rows, totals, counts above low and total). */
export function ofKinds(s: StoredFindings | undefined, kinds: readonly FindingKind[]): StoredFindings | undefined {
  if (!s) return undefined;
  const totals = Object.fromEntries(kinds.map((k) => [k, s.totals[k] ?? 0]));
  const aboveLow = Object.fromEntries(kinds.map((k) => [k, s.aboveLow[k] ?? 0]));
  return { rows: s.rows.filter((f) => kinds.includes(f.kind)), totals, aboveLow, total: kinds.reduce((n, k) => n + (s.totals[k] ?? 0), 0) };
}
