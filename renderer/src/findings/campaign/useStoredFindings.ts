import { useCallback, useEffect, useState } from 'react';
import type { FindingDto, FindingKind, FindingPageDto } from '../../../../shared/api/findingsApi';
import { limits } from '../../../../shared/limits';
import { call } from '../../api/client';
import { storedReadFilter } from './storedReadFilter';

/** Stored findings of some kinds: the rows read (at most limits.listItems per kind, filtered by storedReadFilter) and the exact total per kind of what was read. */
export interface StoredFindings {
  rows: FindingDto[];
  totals: Partial<Record<FindingKind, number>>;
  total: number;
}

/**
 * One listFindings per kind, one after the other: on a fresh case the first read creates the finding tables, and
 * concurrent creations would conflict. Account outcomes are read as the report counts them (storedReadFilter).
 */
async function readInTurn(kinds: FindingKind[]): Promise<Array<readonly [FindingKind, FindingPageDto]>> {
  const pages: Array<readonly [FindingKind, FindingPageDto]> = [];
  for (const kind of kinds) {
    const page = await call('listFindings', { kind, limit: limits.listItems, ...storedReadFilter(kind) });
    pages.push([kind, page] as const);
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

/** The part of stored findings that is of the given kinds (rows, totals and total). */
export function ofKinds(s: StoredFindings | undefined, kinds: readonly FindingKind[]): StoredFindings | undefined {
  if (!s) return undefined;
  const totals = Object.fromEntries(kinds.map((k) => [k, s.totals[k] ?? 0]));
  return { rows: s.rows.filter((f) => kinds.includes(f.kind)), totals, total: kinds.reduce((n, k) => n + (s.totals[k] ?? 0), 0) };
}
