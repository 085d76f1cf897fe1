/**
 * Removes quoted values from an engine (DuckDB or Node) message before it is shown or audited: DuckDB quotes the
 * value it could not convert (`Could not convert string 'x' to INT64`) and appends the text it could not parse
 * (`Malformed JSON … Input: {…}`), and either may be personal.
 */
export function scrubQuotedValues(message: string): string {
  return message.replace(/\s*\bInput: [\s\S]*$/, '').replace(/'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"/g, (q) => `${q[0]}…${q[0]}`);
}
