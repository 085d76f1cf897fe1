/** Live progress of one ingest, written by addSource and its loader, read by the job registry. */
export interface IngestProgress {
  /** 'deriving': the rows are committed and rollups or coverage are being built; a cancel can no longer undo the load. */
  phase: 'hashing' | 'loading' | 'finishing' | 'deriving';
  bytesTotal: number;
  hashedBytes: number;
  /** Share of the load done, 0–1, from DuckDB's query progress or a loader's own byte count. */
  loadShare: number;
  /** DuckDB's progress through the statement running while the load finishes or is summarised, 0–1, null when unknown: the bar stands at 99 % by then, and on big files these steps take minutes. */
  stepShare: number | null;
  signal: AbortSignal;
}

/** A fresh progress record for a file of `bytesTotal` bytes. */
export function newProgress(bytesTotal: number, signal: AbortSignal): IngestProgress {
  return { phase: 'hashing', bytesTotal, hashedBytes: 0, loadShare: 0, stepShare: null, signal };
}
