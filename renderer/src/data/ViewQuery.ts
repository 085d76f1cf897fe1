import type { Filter } from './Filter';

/** Everything that decides which rows the data view shows. */
export interface ViewQuery {
  table: string;
  base: number;
  sort?: { column: string; desc: boolean };
  filters: Filter[];
  reveal: boolean;
}
