import type { ReactNode } from 'react';

/** A titled card that groups one view's chart or table; a drill-down panel also gets a Close button (`close`). */
export function Panel({ title, aside, children, testId, close }: { title: string; aside?: ReactNode; children: ReactNode; testId?: string; close?: { testId: string; onClose: () => void } }) {
  return (
    <section className="panel" data-testid={testId}>
      <header className="panel-head">
        <h2>{title}</h2>
        {aside}
        {close && (
          <button className="ghost" data-testid={close.testId} onClick={close.onClose}>
            Close
          </button>
        )}
      </header>
      {children}
    </section>
  );
}
