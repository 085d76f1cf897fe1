import { parentPort, workerData } from 'node:worker_threads';
import { Masker, type MaskerSeed } from '../privacy/Masker';
import { TokenBook } from '../privacy/TokenBook';
import type { MaskWorkerAnswer, MaskWorkerAsk } from './MaskWorker';
import { sideFileLines } from './sideFileLines';

/** A TokenBook that also keeps the pseudonyms noted since they were last taken: the main thread's book must hold them too. */
class HandingBook extends TokenBook {
  private fresh: Array<[string, string]> = [];

  override note(token: string, value: string): void {
    if (this.valueOf(token) === undefined) this.fresh.push([token, value]);
    super.note(token, value);
  }

  /** The pseudonyms noted since the last call. */
  take(): Array<[string, string]> {
    return this.fresh.splice(0);
  }
}

// The worker thread MaskWorker starts: first the columns of its list, then chunks of rows, each answered with their lines in order.
if (parentPort) {
  const port = parentPort;
  const book = new HandingBook();
  const seed = workerData as MaskerSeed;
  const masker = new Masker(Buffer.from(seed.key), new Set(seed.attackSources), book);
  let line: ((row: unknown[]) => string) | null = null;
  port.on('message', (ask: MaskWorkerAsk) => {
    if (!('rows' in ask)) {
      line = sideFileLines(ask.columns, masker, ask.jsonColumns);
      return;
    }
    let answer: MaskWorkerAnswer;
    try {
      if (!line) throw new Error('rows came before their columns');
      answer = { text: ask.rows.map(line).join(''), handedOut: book.take() };
    } catch (e) {
      answer = { error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(answer);
  });
}
