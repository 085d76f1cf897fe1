/**
 * Removes quoted values from an engine (DuckDB or Node) message before it is shown or audited: DuckDB quotes the
 * value it could not convert (`Could not convert string 'x' to INT64`), and that value may be personal.
 */
export function scrubQuotedValues(message: string): string {
  return message.replace(/'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"/g, (q) => `${q[0]}…${q[0]}`);
}
