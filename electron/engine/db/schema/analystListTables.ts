/**
 * DDL of what the analyst names about the case: known infrastructure and dismissals,
 * and the two views every detector reads them through:
 * - `known_infrastructure(id, kind, family, cidr_start, cidr_end, cidr, account, note)`: kind egress | vpn |
 *   service_account; family 4/6 and inclusive UHUGEINT bounds compare with `source_intel.family`/`ip_num`; an
 *   account-only entry has NULL family, bounds and cidr.
 * - `dismissed(id, kind, value, note)`: kind source (value = an address as the logs spell it) | account (the user).
 */
export const analystListTables = `
CREATE SEQUENCE IF NOT EXISTS analyst_list_id_seq START 1;
CREATE TABLE IF NOT EXISTS known_infrastructure_entry (
  id INTEGER PRIMARY KEY DEFAULT nextval('analyst_list_id_seq'),
  kind VARCHAR NOT NULL,
  cidr VARCHAR,
  family TINYINT,
  cidr_start UHUGEINT,
  cidr_end UHUGEINT,
  account VARCHAR,
  note VARCHAR NOT NULL,
  added_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS dismissal_entry (
  id INTEGER PRIMARY KEY DEFAULT nextval('analyst_list_id_seq'),
  kind VARCHAR NOT NULL,
  value VARCHAR NOT NULL,
  note VARCHAR NOT NULL,
  added_at TIMESTAMPTZ NOT NULL
);
CREATE OR REPLACE VIEW known_infrastructure AS
  SELECT id, kind, family, cidr_start, cidr_end, cidr, account, note FROM known_infrastructure_entry;
CREATE OR REPLACE VIEW dismissed AS SELECT id, kind, value, note FROM dismissal_entry;
`;
