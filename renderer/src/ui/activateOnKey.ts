import type { KeyboardEvent } from 'react';

/** Props that make a clickable table row reachable with Tab and activated with Enter or Space, like its click. */
export function activateOnKey(onActivate: () => void): { tabIndex: number; onKeyDown: (e: KeyboardEvent) => void } {
  return {
    tabIndex: 0,
    onKeyDown: (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onActivate();
    },
  };
}
