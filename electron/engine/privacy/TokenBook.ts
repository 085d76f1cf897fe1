/** Most pseudonyms remembered per case; the oldest are forgotten first (a view re-reads what it shows). */
const capacity = 500_000;

/** The pseudonyms the engine handed out, so a drill-down or filter can name a masked value by its pseudonym. */
export class TokenBook {
  private readonly values = new Map<string, string>();

  /** Remembers that `token` stands for `value`. */
  note(token: string, value: string): void {
    if (this.values.has(token)) return;
    if (this.values.size >= capacity) {
      const oldest = this.values.keys().next().value;
      if (oldest !== undefined) this.values.delete(oldest);
    }
    this.values.set(token, value);
  }

  /** The value behind a pseudonym handed out earlier, or undefined. */
  valueOf(token: string): string | undefined {
    return this.values.get(token);
  }
}
