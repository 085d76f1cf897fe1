import type { RejectedRow } from '../../Loader';
import type { CanonicalColumn } from './canonicalColumns';

/**
 * How one log family turns staged records into canonical rows, as SQL over a staged temp table.
 * Every expression may use the columns of `from`; `ln` and `raw` must be among them.
 */
export interface RecordMapping {
  /** A FROM clause yielding `ln`, `raw` and whatever the expressions need. */
  from: string;
  /**
   * Named values computed once per record before the columns, layer after layer (a layer may use the
   * names of the previous ones); each layer is materialised so big expressions are not repeated.
   */
  layers?: Array<Record<string, string>>;
  /** SQL boolean: the record has the family's shape (else it is rejected with `unparsed`). */
  parsed: string;
  /** SQL boolean: the record is an event this loader keeps (sign-in, download…); others are skipped. */
  relevant: string;
  /** Canonical column → SQL expression; `ts` must yield TIMESTAMPTZ (NULL when unparseable). */
  columns: Partial<Record<CanonicalColumn, string>>;
  /** SQL of the raw time text, quoted in the reject reason when `ts` is NULL. */
  timeText: string;
  /** What the time field should hold, e.g. `an ISO 8601 time in TimeGenerated`. */
  timeExpected: string;
  /** Reject reason for records that are not `parsed`, e.g. `expected a JSON object`. */
  unparsed: string;
  /** SQL (over `from` and the layers) naming what is wrong with a record that is not `parsed`; NULL falls back to `unparsed`. */
  unparsedWhy?: string;
  /**
   * Set when `from` streams the file (stageCsv's `direct`): the table of the lines DuckDB's reader refused; see
   * loadMappedDirect. Only for mappings whose layers keep the records in file order (projections, no window or join).
   */
  direct?: string;
  /** Rows refused while staging (e.g. by DuckDB's CSV reader), added to the source's rejects. */
  stagingRejects?: { rows: RejectedRow[]; count: number };
  /** Further checks on relevant records: SQL condition (over `from` and the layers) that makes the record malformed → reason. */
  checks?: Array<{ when: string; reason: string }>;
  /** The records that are account events (password changes, lockouts…) and how they read, for the `account_event` table (loadAccountEvents). */
  accountEvents?: AccountEventMapping;
  /** The source's message once loaded, given the number of records skipped as not relevant (e.g. what else the file held). */
  describe?(skipped: number): string;
}

/** A kind of account event (db/schema/accountEventTables.ts). */
export type AccountEventKind = 'password_change' | 'password_reset' | 'lockout' | 'unlock';

/**
 * How a family's account events are read from the same staged records as its sign-ins: layers of their own over `from`
 * (only the fields they need), the records that are account events, and an SQL expression per `account_event` column.
 */
export interface AccountEventMapping {
  layers: Array<Record<string, string>>;
  /** SQL boolean over the layers: the record is an account event with a time and an account. */
  where: string;
  columns: Record<'ts' | 'user' | 'kind' | 'by_user' | 'host', string>;
}
