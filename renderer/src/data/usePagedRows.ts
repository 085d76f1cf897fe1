import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnInfoDto, TablePageDto } from '../../../shared/api/dataApi';
import { call } from '../api/client';
import type { ViewQuery } from './ViewQuery';

/** Rows fetched per request; blocks are cached so scrolling back costs nothing. */
export const blockSize = 200;

/** Fetches blocks of a table on demand for the rows the virtualiser shows; never the whole table. */
export function usePagedRows(q: ViewQuery) {
  const [columns, setColumns] = useState<ColumnInfoDto[]>([]);
  const [total, setTotal] = useState(0);
  const [sql, setSql] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const blocks = useRef(new Map<number, Array<Array<string | null>>>());
  const pending = useRef(new Set<number>());
  const key = JSON.stringify(q);

  const load = useCallback(
    (block: number) => {
      if (blocks.current.has(block) || pending.current.has(block)) return;
      pending.current.add(block);
      call('tablePage', { table: q.table, offset: q.base + block * blockSize, limit: blockSize, filters: q.filters, reveal: q.reveal, ...(q.sort ? { sort: q.sort } : {}) })
        .then((page: TablePageDto) => {
          blocks.current.set(block, page.rows);
          setColumns(page.columns);
          setTotal(page.total);
          setSql(page.sql);
          setError(null);
          setVersion((v) => v + 1);
        })
        .catch((e: Error) => setError(e.message))
        .finally(() => pending.current.delete(block));
    },
    [key],
  );

  useEffect(() => {
    blocks.current = new Map();
    pending.current = new Set();
    setVersion((v) => v + 1);
    load(0);
  }, [key, load]);

  const row = (index: number): Array<string | null> | undefined => {
    const block = Math.floor(index / blockSize);
    const rows = blocks.current.get(block);
    if (!rows) load(block);
    return rows?.[index % blockSize];
  };
  return { columns, total, sql, error, row, version };
}
