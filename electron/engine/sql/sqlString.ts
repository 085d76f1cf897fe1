/**
 * Quotes a value as a SQL string literal: the one quoting of literals, for constants written into generated SQL and for
 * the few statements (SET, table function options) that take no parameters. Values from a caller go in as parameters.
 */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A JSON path of literal keys (`$."a"."b.c"`) as a SQL string literal: each key quoted, dots inside a key kept. */
export function sqlJsonPath(keys: readonly string[]): string {
  return sqlString('$' + keys.map((k) => `."${k.replaceAll('"', '\\"')}"`).join(''));
}

/** Quotes a SQL identifier such as a generated table name. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
