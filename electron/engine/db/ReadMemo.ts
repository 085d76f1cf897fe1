/**
 * One result of an expensive read kept between two write turns of a case (why: `analyze` asks for the per-user
 * baseline three times — its findings, its first page, its side file — and the rows cannot change between them). A
 * value is kept only when no write turn ran while it was computed, and forgotten when the next one starts.
 */
export class ReadMemo {
  private generation = 0;
  private writing = 0;
  private kept: { generation: number; key: string; value: unknown } | null = null;

  /** Runs a write turn: what was kept is forgotten, and nothing computed meanwhile is kept. */
  async aroundWrite<T>(fn: () => Promise<T>): Promise<T> {
    this.writing++;
    this.generation++;
    this.kept = null;
    try {
      return await fn();
    } finally {
      this.writing--;
      this.generation++;
      this.kept = null;
    }
  }

  /** The value kept under `key`, else `compute()`'s, kept when `keep` accepts it and no write turn ran meanwhile. */
  async get<T>(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    if (this.kept && this.kept.key === key && this.kept.generation === this.generation) return this.kept.value as T;
    const start = this.generation;
    const quiet = this.writing === 0;
    const value = await compute();
    if (quiet && this.writing === 0 && this.generation === start && keep(value)) this.kept = { generation: start, key, value };
    return value;
  }
}
