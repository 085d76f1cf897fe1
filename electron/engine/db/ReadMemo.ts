/** How many results a case keeps at once: the few expensive reads one `analyze` or report repeats (baselines, the sign-in classification). */
const capacity = 4;

/**
 * Results of expensive reads kept between two write turns of a case (why: `analyze` asks for the per-user baseline
 * three times — its findings, its first page, its side file — and for the sign-in classification twice — its findings
 * and its exposure — and those cannot change between them). A few values, one per key, the least recently used
 * forgotten first; a value is kept only when no write turn ran while it was computed, and all are forgotten when the
 * next one starts. Callers asking for a key whose value is still being computed share that computation.
 */
export class ReadMemo {
  private generation = 0;
  private writing = 0;
  private kept = new Map<string, { generation: number; value: unknown }>();
  private pending = new Map<string, { generation: number; value: Promise<unknown> }>();

  /** Runs a write turn: what was kept is forgotten, and nothing computed meanwhile is kept. */
  async aroundWrite<T>(fn: () => Promise<T>): Promise<T> {
    this.writing++;
    this.forget();
    try {
      return await fn();
    } finally {
      this.writing--;
      this.forget();
    }
  }

  /** The value kept under `key`, else `compute()`'s, kept when `keep` accepts it and no write turn ran meanwhile. */
  async get<T>(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const hit = this.kept.get(key);
    if (hit && hit.generation === this.generation) {
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit.value as T;
    }
    const running = this.pending.get(key);
    if (running && running.generation === this.generation) return running.value as Promise<T>;
    const start = this.generation;
    const quiet = this.writing === 0;
    const value = compute();
    if (quiet) this.pending.set(key, { generation: start, value });
    try {
      const found = await value;
      if (quiet && this.writing === 0 && this.generation === start && keep(found)) {
        this.kept.delete(key);
        this.kept.set(key, { generation: start, value: found });
        for (const old of this.kept.keys()) if (this.kept.size > capacity) this.kept.delete(old);
      }
      return found;
    } finally {
      if (this.pending.get(key)?.value === value) this.pending.delete(key);
    }
  }

  /** Starts a new generation: every kept value and running computation is left for the next reader to redo. */
  private forget(): void {
    this.generation++;
    this.kept.clear();
    this.pending.clear();
  }
}
