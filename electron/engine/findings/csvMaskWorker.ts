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

// The worker thread MaskWorker starts: the columns of each list, then chunks of its rows, each answered with their lines in order.
if (parentPort) {
  const port = parentPort;
  const book = new HandingBook();
  const seed = workerData as MaskerSeed;
  const masker = new Masker(Buffer.from(seed.key), new Set(seed.attackSources), book);
  const lines = new Map<string, (row: unknown[]) => string>();
  port.on('message', (ask: MaskWorkerAsk) => {
    if (!('rows' in ask)) {
      lines.set(ask.list, sideFileLines(ask.columns, masker, ask.jsonColumns));
      return;
    }
    let answer: MaskWorkerAnswer;
    try {
      const line = lines.get(ask.list);
      if (!line) throw new Error(`rows of ${ask.list} came before its columns`);
      answer = { text: ask.rows.map(line).join(''), handedOut: book.take() };
    } catch (e) {
      answer = { error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(answer);
  });
}
