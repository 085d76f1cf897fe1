/** One data-view filter as the engine's tablePage accepts it. */
export interface Filter {
  column: string;
  op: 'contains' | 'eq' | 'isnull' | 'notnull';
  value: string;
}
