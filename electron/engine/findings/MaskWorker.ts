import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Masker, MaskerSeed } from '../privacy/Masker';

/** How a host names the script that masks side-file rows in a worker thread: a built `.cjs`, or the `.ts` source run through tsx (development and tests). */
export interface MaskWorkerEntry {
  file: string;
}

/** What a masking worker is asked: first the columns of its list, then chunks of rows. */
export type MaskWorkerAsk = { columns: string[]; jsonColumns: string[] } | { rows: unknown[][] };

/** The worker's answer to one chunk of rows: their lines and the pseudonyms it handed out first, or the error it met. */
export type MaskWorkerAnswer = { text: string; handedOut: Array<[string, string]> } | { error: string };

/** Young-generation space of a masking worker: masking allocates a short-lived copy of every value, and V8's default for a new thread collects it several times as often. */
const youngGenerationMb = 64;

/** A worker thread running `entry`: the built script as it is, the TypeScript source through tsx's require hook. */
function workerOf(entry: MaskWorkerEntry, seed: MaskerSeed): Worker {
  const options = { workerData: seed, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } };
  if (!entry.file.endsWith('.ts')) return new Worker(entry.file, options);
  const tsx = createRequire(entry.file).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry.file)});`, { ...options, eval: true });
}

/**
 * Masks a side file's rows into CSV lines in a worker thread, exactly as sideFileLines does on the main thread (the
 * same code, seeded with the case's key and attack sources), so that walking each finding's evidence runs beside the
 * main thread's other work; the pseudonyms the worker hands out are adopted by the case's masker as each chunk comes
 * back, so reveals and filters find them. Started before its list is read (a thread takes a while to start); chunks
 * are answered in the order they were sent.
 */
export class MaskWorker {
  private readonly waiting: Array<{ resolve: (text: string) => void; reject: (e: Error) => void }> = [];
  private failed: Error | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly masker: Masker,
  ) {
    worker.on('message', (a: MaskWorkerAnswer) => this.answer(a));
    worker.on('error', (e: Error) => this.fail(e));
    worker.on('exit', (code: number) => this.fail(new Error(`the masking worker stopped (exit code ${code})`)));
  }

  /** A worker masking as `masker` does, or null when that masker cannot be seeded elsewhere (the caller masks on its own thread). */
  static start(entry: MaskWorkerEntry, masker: Masker): MaskWorker | null {
    const seed = masker.seed();
    return seed ? new MaskWorker(workerOf(entry, seed), masker) : null;
  }

  /** Names the columns of the rows that follow (`jsonColumns`: those holding JSON text). */
  begin(columns: string[], jsonColumns: string[]): void {
    this.worker.postMessage({ columns, jsonColumns } satisfies MaskWorkerAsk);
  }

  /** The CSV lines of `rows`, joined. */
  lines(rows: unknown[][]): Promise<string> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage({ rows } satisfies MaskWorkerAsk);
    });
  }

  /** Stops the worker; chunks still asked are refused. */
  async close(): Promise<void> {
    this.fail(new Error('the masking worker was closed'));
    await this.worker.terminate();
  }

  private answer(a: MaskWorkerAnswer): void {
    const next = this.waiting.shift();
    if (!next) return;
    if ('error' in a) return next.reject(new Error(a.error));
    this.masker.adopt(a.handedOut);
    next.resolve(a.text);
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }
}
