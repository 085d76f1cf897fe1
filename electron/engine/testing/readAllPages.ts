import { limits } from '../../../shared/limits';

/**
 * Every row of a paged Api method, read a page of the largest size the schemas allow at a time (as the renderer
 * pages), with the rest of the last page's answer (stats, params, total).
 */
export async function readAllPages<P extends { total: number; rows: unknown[] }>(read: (page: { offset: number; limit: number }) => Promise<P>): Promise<P> {
  const rows: unknown[] = [];
  for (;;) {
    const page = await read({ offset: rows.length, limit: limits.listItems });
    rows.push(...page.rows);
    if (page.rows.length < limits.listItems || rows.length >= page.total) return { ...page, rows };
  }
}
