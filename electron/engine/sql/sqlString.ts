/** Quotes a value as a SQL string literal, for the few statements (SET, table functions) that take no parameters. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Quotes a SQL identifier such as a generated table name. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
