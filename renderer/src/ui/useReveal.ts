import { useState } from 'react';

/**
 * A per-view reveal switch. The engine masks every result; while on, the view's reads go through `revealCall`, which
 * the engine writes to the audit trail with the view, the arguments and what was shown (see RevealScope).
 */
export function useReveal(): [boolean, (v: boolean) => void] {
  return useState(false);
}
