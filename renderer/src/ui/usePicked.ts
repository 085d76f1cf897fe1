import { useState } from 'react';

/** The row the analyst opened in a list, the first one until they pick; stays picked while the list reloads, by id. */
export function usePicked<R extends { id: string }>(rows: R[]): [R | undefined, (r: R) => void] {
  const [picked, setPicked] = useState<string | null>(null);
  return [rows.find((r) => r.id === picked) ?? rows[0], (r) => setPicked(r.id)];
}
