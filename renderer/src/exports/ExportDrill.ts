/** The user-hour the analyst is looking into. */
export interface ExportDrill {
  user: string;
  hour: string;
  /** Which method flagged it, or where it was clicked (no personal data). */
  origin: string;
}
