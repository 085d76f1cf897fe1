import { useRef, type ReactNode } from 'react';
import { exportPng, exportSvg } from './exportChart';

/** Wraps a chart with PNG and SVG export buttons; `testId` names it for e2e and the file name. */
export function ChartFrame({ name, children, height = 300, testId }: { name: string; children: ReactNode; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className="chart-frame" data-testid={testId}>
      <div className="chart-tools">
        <button className="ghost" title="Save as PNG" onClick={() => ref.current && exportPng(ref.current, name)}>
          PNG
        </button>
        <button className="ghost" title="Save as SVG" onClick={() => ref.current && exportSvg(ref.current, name)}>
          SVG
        </button>
      </div>
      <div ref={ref} className="chart-box" style={{ height }}>
        {children}
      </div>
    </div>
  );
}
