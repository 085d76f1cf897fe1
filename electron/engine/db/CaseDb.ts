import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../shared/userError';
import { lockdownOptions } from './lockdownOptions';
import { sqlString } from '../sql/sqlString';
import { privateDirMode } from './makePrivate';
import { ReadMemo } from './ReadMemo';

/** File name of the DuckDB database inside a case folder. */
export const caseDbFile = 'case.duckdb';

/**
 * One case's DuckDB database, locked down as docs/design.md §3 asks. DuckDB's configuration lock means
 * the list of readable input files is fixed per instance, so granting a new input reopens it.
 */
export class CaseDb {
  private instance: DuckDBInstance | null = null;
  private inputs = new Set<string>();
  private active = 0;
  private idle: Array<() => void> = [];
  private reopening: Promise<void> | null = null;
  private ingestConnection: DuckDBConnection | null = null;
  private writeTurn: Promise<unknown> = Promise.resolve();
  /** An expensive read's result, kept until the next write turn (see ReadMemo). */
  readonly memo = new ReadMemo();

  private constructor(
    readonly dir: string,
    private readonly memoryLimit?: string,
  ) {}

  /**
   * Opens (creating if needed) the case database in `dir`, refusing clearly when another process holds it; `inputs`, the
   * files the caller is about to load, are readable from the start, so their loads need not reopen the database.
   */
  static async open(dir: string, options: { memoryLimit?: string; inputs?: string[] } = {}): Promise<CaseDb> {
    const db = new CaseDb(path.resolve(dir), options.memoryLimit);
    for (const f of options.inputs ?? []) db.inputs.add(path.resolve(f));
    fs.mkdirSync(db.tempDir, { recursive: true, mode: privateDirMode });
    await db.reopen();
    return db;
  }

  /** Where DuckDB spills big jobs: inside the case, never elsewhere on disk. */
  get tempDir(): string {
    return path.join(this.dir, 'tmp');
  }

  /** Lets DuckDB read these analyst-chosen input files from now on. */
  async allowInputs(files: string[]): Promise<void> {
    const fresh = files.map((f) => path.resolve(f)).filter((f) => !this.inputs.has(f));
    if (fresh.length === 0) return;
    while (this.reopening) await this.reopening;
    this.reopening = (async () => {
      while (this.active > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      for (const f of fresh) this.inputs.add(f);
      this.closeInstance();
      await this.reopen();
    })().finally(() => {
      this.reopening = null;
    });
    await this.reopening;
  }

  /** Runs `fn` on a fresh connection that is closed afterwards; calls overlap, a reopen waits for them. */
  async withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.counted(async () => {
      const c = await this.requireInstance().connect();
      try {
        return await fn(c);
      } finally {
        c.closeSync();
      }
    });
  }

  /**
   * Runs ingests one at a time: a second one waits here (reads go on meanwhile) instead of forcing a reopen in the
   * middle of the first, and two loads never race to rebuild the same rollups.
   */
  async withWriteTurn<T>(fn: () => Promise<T>): Promise<T> {
    const write = () => this.memo.aroundWrite(fn);
    const turn = this.writeTurn.then(write, write);
    this.writeTurn = turn.catch(() => undefined);
    return turn;
  }

  /** Runs an ingest (inside its write turn) on the one connection that reports DuckDB's progress, set up before the configuration lock. */
  async withIngestConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.counted(() => {
      if (!this.ingestConnection) throw new UserError('no_case', `The case at ${this.dir} is closed.`);
      return fn(this.ingestConnection);
    });
  }

  /** Waits out a reopen, then runs `fn` counted as active, so a reopen or close waits for it in turn. */
  private async counted<T>(fn: () => Promise<T>): Promise<T> {
    while (this.reopening) await this.reopening;
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      if (this.active === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  /** Releases the database file so another process (or a reopen) can take it. */
  close(): void {
    this.closeInstance();
  }

  /** Closes once the calls already running on this case have finished; later calls are refused. */
  async closeWhenIdle(): Promise<void> {
    while (this.reopening) await this.reopening;
    this.reopening = (async () => {
      while (this.active > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      this.closeInstance();
    })().finally(() => {
      this.reopening = null;
    });
    await this.reopening;
  }

  private requireInstance(): DuckDBInstance {
    if (!this.instance) throw new UserError('no_case', `The case at ${this.dir} is closed.`);
    return this.instance;
  }

  private closeInstance(): void {
    this.ingestConnection?.closeSync();
    this.ingestConnection = null;
    this.instance?.closeSync();
    this.instance = null;
  }

  private async reopen(): Promise<void> {
    const file = path.join(this.dir, caseDbFile);
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(file, lockdownOptions(this.tempDir, this.memoryLimit));
    } catch (e) {
      const message = (e as Error).message;
      if (/lock/i.test(message)) {
        throw new UserError('busy', `The case ${this.dir} is open in another Breachdesk process; close it there first.`);
      }
      throw new UserError('bad_input', `Cannot open case database ${file}: ${message}`);
    }
    const c = await instance.connect();
    try {
      await c.run(`SET TimeZone = 'UTC'`);
      await c.run(`SET allowed_directories = [${sqlString(this.dir)}]`);
      if (this.inputs.size > 0) await c.run(`SET allowed_paths = [${[...this.inputs].map(sqlString).join(', ')}]`);
      await c.run(`SET enable_external_access = false`);
      const ingest = await instance.connect();
      await ingest.run(`SET enable_progress_bar = true`);
      await ingest.run(`SET enable_progress_bar_print = false`);
      this.ingestConnection = ingest;
      await c.run(`SET lock_configuration = true`);
    } finally {
      c.closeSync();
    }
    this.instance = instance;
  }
}
