import type { SigninFixture } from '../planted/insertSignins';

/** Result codes the generator writes beside each normalised outcome (Entra's). */
const codes: Record<string, string> = {
  bad_password: '50126',
  no_such_user: '50034',
  mfa_required: '50074',
  mfa_denied: '500121',
  locked: '50053',
  expired: '50055',
  interrupted: '50140',
  other: '90033',
};

/** The normalised outcomes the generator writes. */
export type ScenarioFailure = 'bad_password' | 'no_such_user' | 'mfa_required' | 'mfa_denied' | 'locked' | 'expired' | 'interrupted' | 'other';

/** Collects generated sign-ins; one method per outcome so generators read as the story they tell. */
export class ScenarioWriter {
  readonly rows: SigninFixture[] = [];

  /** A completed sign-in. */
  ok(ts: number, user: string, ip: string, ua: string): void {
    this.rows.push({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });
  }

  /** A sign-in that did not complete, with its normalised reason. */
  fail(ts: number, user: string, ip: string, ua: string, reason: ScenarioFailure): void {
    this.rows.push({ ts, user, ip, success: false, failureReason: reason, resultCode: codes[reason] ?? null, userAgent: ua });
  }
}
