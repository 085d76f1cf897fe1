import type { ColumnInfoDto } from '../../../shared/api/dataApi';
import { maskStyleForClass } from '../../../shared/mask/maskStyleForClass';
import { maskValue } from '../../../shared/mask/maskValue';

/** Masks the personal columns of one page of rows (a page is at most a few hundred rows). */
export function maskRows(columns: ColumnInfoDto[], rows: Array<Array<string | null>>): Array<Array<string | null>> {
  const styles = columns.map((c) => (c.masked ? maskStyleForClass(c.dataClass) : 'none'));
  const effective = styles.map((s, i) => (s === 'none' && columns[i]?.masked ? 'initial' : s));
  return rows.map((row) => row.map((v, i) => maskValue(v, effective[i] ?? 'none')));
}
