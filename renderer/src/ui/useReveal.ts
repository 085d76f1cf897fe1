import { useState } from 'react';
import { call } from '../api/client';

/** A per-view reveal switch; switching it on records a reveal of `table` in the case's audit trail (via tablePage). */
export function useReveal(table: string): [boolean, (v: boolean) => void] {
  const [revealed, setRevealed] = useState(false);
  const set = (v: boolean) => {
    setRevealed(v);
    if (v) void call('tablePage', { table, limit: 1, reveal: true }).catch(() => undefined);
  };
  return [revealed, set];
}
