import type { ReactNode } from 'react';
import { RevealScope } from './RevealScope';
import { useReveal } from './useReveal';

/** What a screen body gets from its RevealableScreen: whether personal data is revealed, and the switch. */
export interface RevealProps {
  revealed: boolean;
  setRevealed: (v: boolean) => void;
}

/**
 * A screen with its own reveal switch: the body renders inside the reveal scope of `view`, so every read it makes
 * (masked, or through the audited `revealCall` while revealed) follows the switch.
 */
export function RevealableScreen({ view, body }: { view: string; body: (p: RevealProps) => ReactNode }) {
  const [revealed, setRevealed] = useReveal();
  return <RevealScope.Provider value={revealed ? view : null}>{body({ revealed, setRevealed })}</RevealScope.Provider>;
}
