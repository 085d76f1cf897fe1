/** What the sign-in drill-down shows: the events behind a bar, a row or a finding. */
export interface SigninDrill {
  /** What was clicked, without personal data (the filters are described separately, masked as the view is). */
  origin: string;
  ip?: string;
  user?: string;
  from?: string;
  to?: string;
  /** The end the title names when `to` is an exclusive bound past it (a finding's last event, included): the title then matches the finding's window. */
  shownTo?: string;
  failedOnly: boolean;
}
