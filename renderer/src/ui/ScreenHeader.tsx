import type { ReactNode } from 'react';
import './screen.css';

/** The title row of a screen: its name, a one-line explanation and the view-wide controls (reveal). */
export function ScreenHeader({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <header className="screen-head">
      <div>
        <h1>{title}</h1>
        {hint && <p className="hint">{hint}</p>}
      </div>
      <div className="screen-tools">{children}</div>
    </header>
  );
}
