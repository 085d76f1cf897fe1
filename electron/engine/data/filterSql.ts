import type { z } from 'zod';
import type { filterSchema, TableInfoDto } from '../../../shared/api/dataApi';
import { sqlJoin, sqlParam, type SqlPart } from '../sql/SqlPart';
import { sqlIdent } from '../sql/sqlString';
import { requireColumn } from './caseTables';

/** A data-view filter. */
export type Filter = z.output<typeof filterSchema>;

/** The condition of validated filters (`true` without any), their values bound as `$filter0`, `$filter1`…: values never enter the SQL text. */
export function filterSql(table: TableInfoDto, filters: Filter[]): SqlPart {
  const parts = filters.map((f, i): SqlPart => {
    requireColumn(table, f.column);
    const col = sqlIdent(f.column);
    if (f.op === 'isnull') return { sql: `${col} IS NULL`, params: {} };
    if (f.op === 'notnull') return { sql: `${col} IS NOT NULL`, params: {} };
    const p = sqlParam(`filter${i}`, f.value);
    return { sql: f.op === 'eq' ? `CAST(${col} AS VARCHAR) = ${p.sql}` : `contains(lower(CAST(${col} AS VARCHAR)), lower(${p.sql}))`, params: p.params };
  });
  return sqlJoin(parts, ' AND ', 'true');
}
