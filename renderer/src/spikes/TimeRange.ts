/** A half-open UTC time range [from, to) as ISO strings; empty means the whole case. */
export interface TimeRange {
  from?: string;
  to?: string;
}
