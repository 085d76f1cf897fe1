/** DDL of the `finding` table; idempotent, run before reading or writing findings. */
export const findingSchema = `
CREATE TABLE IF NOT EXISTS finding (
  id VARCHAR NOT NULL,
  seq INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  ips VARCHAR[] NOT NULL,
  users VARCHAR[] NOT NULL,
  start_ts TIMESTAMPTZ,
  end_ts TIMESTAMPTZ,
  summary VARCHAR NOT NULL,
  evidence JSON NOT NULL,
  sql VARCHAR NOT NULL,
  params JSON NOT NULL,
  status VARCHAR NOT NULL DEFAULT 'new',
  note VARCHAR,
  updated_at TIMESTAMPTZ NOT NULL
);
`;
