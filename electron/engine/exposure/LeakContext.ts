import type { LeakColumn } from '../../../shared/api/detectParams';

/** Which leak columns a sign-in detector correlates with, and the SQL listing their identities. */
export interface LeakContext {
  columns: LeakColumn[];
  sql: string;
}
