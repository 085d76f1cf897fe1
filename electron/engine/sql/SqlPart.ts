import type { DuckDBValue } from '@duckdb/node-api';

/**
 * A piece of SQL and the named parameters (`$name`) it binds: the one shape every SQL-building helper returns, so
 * pieces combine without anyone counting `$n` offsets. DuckDB refuses a parameter the statement does not use, so a
 * piece carries exactly the names its text holds. A helper whose piece can appear twice in one statement with
 * different values takes a name prefix.
 */
export interface SqlPart {
  sql: string;
  params: Record<string, DuckDBValue>;
}

const paramName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One named parameter as a piece (`$name`), refusing names DuckDB would not read as one. */
export function sqlParam(name: string, value: DuckDBValue): SqlPart {
  if (!paramName.test(name)) throw new Error(`Not a SQL parameter name: ${name}`);
  return { sql: `$${name}`, params: { [name]: value } };
}

/** The same value, whatever its kind (why: DuckDB's value classes are objects, compared by what they render). */
function sameValue(a: DuckDBValue, b: DuckDBValue): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && String(a) === String(b));
}

/** The parameters of several pieces in one record; one name bound to two different values is a bug (a missing prefix), refused. */
export function sqlParams(...parts: Array<Pick<SqlPart, 'params'>>): Record<string, DuckDBValue> {
  const params: Record<string, DuckDBValue> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part.params)) {
      if (name in params && !sameValue(params[name] as DuckDBValue, value)) throw new Error(`SQL parameter $${name} bound to two different values`);
      params[name] = value;
    }
  }
  return params;
}

/** Joins pieces with `separator` (`' AND '`, `', '`…), merging their parameters; `empty` stands for no pieces at all. */
export function sqlJoin(parts: SqlPart[], separator: string, empty = ''): SqlPart {
  return { sql: parts.length ? parts.map((p) => p.sql).join(separator) : empty, params: sqlParams(...parts) };
}
