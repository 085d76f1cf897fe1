import type { z } from 'zod';
import type { filterSchema, TableInfoDto } from '../../../shared/api/dataApi';
import { sqlIdent } from '../sql/sqlString';
import { requireColumn } from './caseTables';

/** A data-view filter. */
export type Filter = z.output<typeof filterSchema>;

/** Builds a parameterised WHERE clause from validated filters; values never enter the SQL text. */
export function filterSql(table: TableInfoDto, filters: Filter[], firstParam = 1): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  for (const f of filters) {
    requireColumn(table, f.column);
    const col = `CAST(${sqlIdent(f.column)} AS VARCHAR)`;
    if (f.op === 'isnull') clauses.push(`${sqlIdent(f.column)} IS NULL`);
    else if (f.op === 'notnull') clauses.push(`${sqlIdent(f.column)} IS NOT NULL`);
    else {
      params.push(f.value);
      const p = `$${firstParam + params.length - 1}`;
      clauses.push(f.op === 'eq' ? `${col} = ${p}` : `contains(lower(${col}), lower(${p}))`);
    }
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
