import { classColour } from './classColour';

/** The data classes present, each with its colour, in the order given. */
export function ClassLegend({ classes }: { classes: string[] }) {
  return (
    <div className="class-legend" data-testid="class-legend">
      {classes.map((c) => (
        <span key={c}>
          <span className="legend-swatch" style={{ background: classColour(c) }} />
          {c}
        </span>
      ))}
    </div>
  );
}
