import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableInfoDto } from '../../../shared/api/dataApi';
import { queryOne } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { buildSeekIndex, type SeekIndex } from './buildSeekIndex';
import { seekKeys } from './seekKeys';

/** Tables that change only by whole ingests, which append, or by removeSource, which makes the cache forget them: so a row count proves a cache current. */
const appendOnly = /^(leak_\d+|signin|transfer)$/;

/** How to run work on a connection of its own (the case's withConnection). */
export type RunOnCase = <T>(fn: (c: DuckDBConnection) => Promise<T>) => Promise<T>;

/**
 * What the data view keeps between calls for the big append-only tables of one open case: per table a seek index
 * (built in the background on first use), its description (columns, classes, masking), and per filtered view its total.
 * Every entry carries the table's row count or coverage fingerprint when made; a page checks them against the current
 * ones in its own snapshot, so a new ingest (which appends rows) or a coverage recompute invalidates it.
 */
export class PageCache {
  private readonly seek = new Map<string, SeekIndex>();
  private readonly building = new Map<string, Promise<void>>();
  private readonly failed = new Map<string, unknown>();
  private readonly totals = new Map<string, { baseRows: number; total: number }>();
  private readonly tables = new Map<string, { table: TableInfoDto; classes: string }>();

  /** How many pages this cache answered, by what it supplied: the rows through the seek index, or the total. */
  readonly hits = { seek: 0, total: 0 };

  constructor(
    private readonly run: RunOnCase,
    private readonly options: { minRows: number; maxTotals: number } = { minRows: 250_000, maxTotals: 256 },
  ) {}

  /** Whether a table of this name can be covered at all (before reading its description). */
  mayCover(name: string): boolean {
    return appendOnly.test(name);
  }

  /** Whether pages of `table` go through this cache: append-only tables big enough (by DuckDB's estimate) to need it. */
  covers(table: TableInfoDto): boolean {
    return appendOnly.test(table.name) && table.rows >= this.options.minRows;
  }

  /** The seek index of a table as last built, whatever its row count now (the caller checks `rows`). */
  builtSeekIndex(name: string): SeekIndex | undefined {
    return this.seek.get(name);
  }

  /**
   * The seek index of `table` if it is current for `rows`; otherwise starts building one and returns null. A build that
   * failed is thrown here, to the next page of that table, since a background build has no caller of its own.
   */
  seekIndex(table: TableInfoDto, rows: number): SeekIndex | null {
    const failure = this.failed.get(table.name);
    if (failure !== undefined) {
      this.failed.delete(table.name);
      throw failure;
    }
    const index = this.seek.get(table.name);
    if (index?.rows === rows) return index;
    const keys = seekKeys(table);
    if (keys.length > 0 && !this.building.has(table.name)) {
      const build = this.run(async (c) => {
        await c.run('BEGIN TRANSACTION');
        try {
          const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM ${sqlIdent(table.name)}`);
          return await buildSeekIndex(c, table.name, keys, n);
        } finally {
          await c.run('COMMIT');
        }
      })
        .then(
          (built) => void this.seek.set(table.name, built),
          (e: unknown) => {
            this.seek.delete(table.name);
            this.failed.set(table.name, e);
          },
        )
        .finally(() => this.building.delete(table.name));
      this.building.set(table.name, build);
    }
    return null;
  }

  /** Drops all it holds of a table whose rows were removed or which was dropped (removeSource), so no page reads it through stale entries. */
  forget(name: string): void {
    this.seek.delete(name);
    this.tables.delete(name);
    this.failed.delete(name);
    for (const key of [...this.totals.keys()]) if ((JSON.parse(key) as string[])[0] === name) this.totals.delete(key);
  }

  /** The description of a covered table as last read, with the fingerprint of the coverage classes it was read with. */
  tableInfo(name: string): { table: TableInfoDto; classes: string } | undefined {
    return this.tables.get(name);
  }

  /** Remembers a covered table's description and the coverage fingerprint read in the same snapshot. */
  rememberTable(table: TableInfoDto, classes: string): void {
    this.tables.set(table.name, { table, classes });
  }

  /** The total of a filtered view counted when `table` had `baseRows` rows, or undefined. */
  total(table: string, view: string, baseRows: number): number | undefined {
    const known = this.totals.get(JSON.stringify([table, view]));
    return known?.baseRows === baseRows ? known.total : undefined;
  }

  /** Remembers a filtered view's total, dropping the oldest beyond the bound. */
  rememberTotal(table: string, view: string, baseRows: number, total: number): void {
    const key = JSON.stringify([table, view]);
    this.totals.delete(key);
    this.totals.set(key, { baseRows, total });
    while (this.totals.size > this.options.maxTotals) this.totals.delete(this.totals.keys().next().value as string);
  }

  /** Resolves once no background build is running (tests and the bench wait on it). */
  async settled(): Promise<void> {
    while (this.building.size > 0) await Promise.all([...this.building.values()]);
  }
}
