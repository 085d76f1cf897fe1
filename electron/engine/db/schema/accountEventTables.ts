/**
 * DDL of `account_event` (version 8): what a directory logged about an account besides its sign-ins — a password
 * changed by its owner (`password_change`) or reset by someone else (`password_reset`), a lockout, an unlock — read
 * by the loaders of logs that carry them (Windows Security 4723, 4724, 4740, 4767). The sign-in detectors read it: a
 * burst of failures right after the account's own password change is its second device, not a guesser
 * (spikes/detectors/staleDevice.ts). `user` is written as the sign-ins of the same log write it; `by_user` the account
 * that acted (none for a lockout); `host` the computer the failures came from for a lockout (its caller computer),
 * else the host that logged the event.
 */
export const accountEventTables = `
CREATE TABLE IF NOT EXISTS account_event (
  ts TIMESTAMPTZ NOT NULL,
  "user" VARCHAR,
  kind VARCHAR NOT NULL,
  by_user VARCHAR,
  host VARCHAR,
  source_id INTEGER NOT NULL,
  raw_ref BIGINT
);
`;
