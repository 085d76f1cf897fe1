/** What a LineTally counted over a whole file. */
export interface LineCount {
  /** Lines: line feeds, plus a last line without one. */
  lines: number;
  /** Carriage returns not followed by a line feed (old Mac line ends, or a stray one inside a value). */
  loneReturns: number;
}

/**
 * Counts a file's line breaks as its chunks stream past in the pass that hashes it (every byte is read there anyway),
 * so a loader can tell from its record count alone whether every record sat on a line of its own.
 */
export class LineTally {
  private feeds = 0;
  private loneReturns = 0;
  private returnPending = false;
  private last = -1;

  add(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.returnPending && chunk[0] !== 0x0a) this.loneReturns++;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.feeds++;
    for (let i = chunk.indexOf(0x0d); i !== -1 && i + 1 < chunk.length; i = chunk.indexOf(0x0d, i + 1)) {
      if (chunk[i + 1] !== 0x0a) this.loneReturns++;
    }
    this.last = chunk[chunk.length - 1] as number;
    this.returnPending = this.last === 0x0d;
  }

  /** The counts once the last chunk was added. */
  count(): LineCount {
    return { lines: this.feeds + (this.last !== -1 && this.last !== 0x0a ? 1 : 0), loneReturns: this.loneReturns + (this.returnPending ? 1 : 0) };
  }
}
