import { useState } from 'react';
import { call } from '../api/client';

/**
 * A per-view reveal switch. Switching it on asks the engine to write the reveal to the audit trail; if
 * that fails (no case, engine gone) the view masks again at once.
 */
export function useReveal(view: string): [boolean, (v: boolean) => void] {
  const [revealed, setRevealed] = useState(false);
  const set = (v: boolean) => {
    setRevealed(v);
    if (v) void call('recordReveal', { view }).catch(() => setRevealed(false));
  };
  return [revealed, set];
}
