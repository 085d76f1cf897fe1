/** One generated sign-in as an Entra SigninLogs export row holds it; `ts` is epoch milliseconds (UTC). */
export interface BlindRow {
  ts: number;
  user: string;
  ip: string;
  /** Entra ResultType: 0 a success, else the error code. */
  code: string;
  ua: string;
  country: string;
}

/** Entra result codes the blind generator writes, by what happened (the product maps them on ingest). */
export const blindCodes = {
  ok: '0',
  badPassword: '50126',
  noSuchUser: '50034',
  mfaRequired: '50074',
  mfaDenied: '500121',
  locked: '50053',
  flowExpired: '50089',
} as const;

/** Collects the rows of a blind tenant; kept apart from the house's ScenarioWriter so the two generators share nothing. */
export class BlindLog {
  readonly rows: BlindRow[] = [];

  /** Appends one sign-in. */
  add(ts: number, user: string, ip: string, code: string, ua: string, country: string): void {
    this.rows.push({ ts, user, ip, code, ua, country });
  }
}
