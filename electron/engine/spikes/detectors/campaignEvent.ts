/** DDL of the per-connection table holding every attempt each campaign is made of: the one input the campaign summary, takeovers and confirmed credentials read. */
export const campaignEventDdl = `CREATE OR REPLACE TEMP TABLE campaign_event (
  cid VARCHAR, shape VARCHAR, ts TIMESTAMPTZ, "user" VARCHAR, ip VARCHAR, user_agent VARCHAR, failure_reason VARCHAR,
  failed BOOLEAN, accepted BOOLEAN, leaked BOOLEAN, recovered BOOLEAN
)`;

/** The campaign_event columns after cid and shape, as selected from an `attempt`-shaped alias. */
export const eventColumns = (a: string): string =>
  `${a}.ts, ${a}."user", ${a}.ip, ${a}.user_agent, ${a}.failure_reason, ${a}.failed, ${a}.accepted, ${a}.leaked, ${a}.recovered`;
