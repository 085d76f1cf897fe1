/** One SQL statement of a dump, without its comments or terminating semicolon, and the line it starts on. */
export interface SqlStatement {
  text: string;
  line: number;
}

type State = 'code' | 'squote' | 'dquote' | 'btick' | 'line' | 'block';

/**
 * Splits a MySQL/MariaDB dump into statements as text arrives in chunks: tracks quotes (with backslash
 * escapes), backticks and comments so a `;` inside a value never ends a statement. Comments are dropped.
 */
export class SqlStatementSplitter {
  private parts: string[] = [];
  private state: State = 'code';
  private escaped = false;
  private line = 1;
  private startLine = 0;
  private pending = '';

  /** Feeds the next piece of text; returns the statements it completed. */
  feed(chunk: string): SqlStatement[] {
    const text = this.pending + chunk;
    this.pending = '';
    const done: SqlStatement[] = [];
    let seg = 0;
    const keep = (to: number) => {
      if (to > seg) this.parts.push(text.slice(seg, to));
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch === '\n') this.line++;
      switch (this.state) {
        case 'code':
          if (ch === "'" || ch === '"' || ch === '`') {
            this.state = ch === "'" ? 'squote' : ch === '"' ? 'dquote' : 'btick';
            this.mark();
          } else if (ch === ';') {
            keep(i);
            seg = i + 1;
            const stmt = this.parts.join('').trim();
            this.parts = [];
            if (stmt) done.push({ text: stmt, line: this.startLine });
            this.startLine = 0;
          } else if ((ch === '-' || ch === '/') && i + 1 >= text.length) {
            keep(i);
            this.pending = text.slice(i);
            return done;
          } else if (ch === '#' || (ch === '-' && text[i + 1] === '-' && /[\s]/.test(text[i + 2] ?? ' '))) {
            keep(i);
            this.state = 'line';
          } else if (ch === '/' && text[i + 1] === '*') {
            keep(i);
            this.state = 'block';
            i++;
          } else if (!/\s/.test(ch)) {
            this.mark();
          }
          break;
        case 'line':
          if (ch === '\n') {
            this.state = 'code';
            seg = i;
          }
          break;
        case 'block':
          if (ch === '*' && text[i + 1] === '/') {
            this.state = 'code';
            i++;
            seg = i + 1;
          }
          break;
        default:
          if (this.escaped) this.escaped = false;
          else if (ch === '\\' && this.state !== 'btick') this.escaped = true;
          else if ((this.state === 'squote' && ch === "'") || (this.state === 'dquote' && ch === '"') || (this.state === 'btick' && ch === '`')) this.state = 'code';
      }
    }
    if (this.state === 'block' && text.endsWith('*')) this.pending = '*';
    if (this.state !== 'line' && this.state !== 'block') keep(text.length);
    return done;
  }

  /** Ends the input: the unterminated last statement (if any) and whether it stopped inside a quoted value. */
  end(): { last: SqlStatement | null; openQuote: boolean } {
    const rest = this.feed('');
    const tail = (this.parts.join('') + this.pending).trim();
    const last = rest[0] ?? (tail ? { text: tail, line: this.startLine || this.line } : null);
    return { last, openQuote: this.state === 'squote' || this.state === 'dquote' };
  }

  private mark(): void {
    if (this.startLine === 0) this.startLine = this.line;
  }
}
