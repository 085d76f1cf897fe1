import { sqlIso } from '../../sql/sqlIso';

/** SQL of one row per campaign in `campaign_event`: its counts and the shared features that tie its members together (user-agent clusters, ASN and country mix). */
export function campaignSummarySql(intelSql: string, intelPresent: boolean): string {
  const mix = (value: string, label: string) =>
    `(SELECT coalesce(list({'value': value, 'label': label, 'sources': ips::DOUBLE, 'attempts': n::DOUBLE} ORDER BY ips DESC, n DESC, value NULLS LAST)[1:10], [])
      FROM (SELECT ${value} AS value, ${label} AS label, count(DISTINCT ip) AS ips, count(*) AS n FROM ce WHERE ce.cid = agg.cid AND ${intelPresent} GROUP BY ${value}))`;
  return `WITH ce AS MATERIALIZED (SELECT e.*, i.asn, i.as_org, i.country FROM campaign_event e LEFT JOIN (${intelSql}) i ON i.ip = e.ip),
ua AS (SELECT cid, user_agent, count(*) AS n, count(DISTINCT ip) AS ips, count(DISTINCT "user") AS users FROM ce GROUP BY ALL),
agg AS (
  SELECT cid, any_value(shape) AS shape, count(*) AS attempts, count(DISTINCT "user") AS accounts, count(DISTINCT ip) AS sources,
         count(DISTINCT "user") FILTER (WHERE leaked) AS leaked_accounts, count(*) FILTER (WHERE failure_reason = 'no_such_user') AS nsu,
         count(DISTINCT "user") FILTER (WHERE recovered) AS recovered_accounts, count(DISTINCT user_agent) AS uas, min(ts) AS first_ts, max(ts) AS last_ts
  FROM ce GROUP BY cid
)
SELECT agg.cid, agg.shape, agg.attempts::DOUBLE AS attempts, agg.accounts::DOUBLE AS accounts, agg.sources::DOUBLE AS sources,
       agg.leaked_accounts::DOUBLE AS "leakedAccounts", agg.nsu::DOUBLE AS "noSuchUser", agg.recovered_accounts::DOUBLE AS "recoveredAccounts",
       agg.uas::DOUBLE AS "userAgents", ${sqlIso('agg.first_ts')} AS "firstSeen", ${sqlIso('agg.last_ts')} AS "lastSeen",
       (SELECT list({'userAgent': user_agent, 'attempts': n::DOUBLE, 'sources': ips::DOUBLE, 'accounts': users::DOUBLE} ORDER BY n DESC, user_agent NULLS LAST)[1:10]
        FROM ua WHERE ua.cid = agg.cid) AS "userAgentClusters",
       ${mix('asn', 'any_value(as_org)')} AS "asnMix",
       ${mix('country', 'NULL::VARCHAR')} AS "countryMix"
FROM agg ORDER BY agg.first_ts, agg.cid`;
}

/** SQL of every campaign's member accounts (attempts, sources, leaked, whether a password was accepted). */
export const campaignAccountsSql = `SELECT cid, "user", count(*)::DOUBLE AS attempts, count(DISTINCT ip)::DOUBLE AS sources, bool_or(leaked) AS leaked, bool_or(accepted) AS accepted,
       ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
FROM campaign_event GROUP BY cid, "user" ORDER BY cid, attempts DESC, "user" NULLS FIRST`;

/** SQL of every campaign's member sources (attempts, accounts, intel). */
export function campaignSourcesSql(intelSql: string): string {
  return `SELECT e.cid, e.ip, count(*)::DOUBLE AS attempts, count(DISTINCT e."user")::DOUBLE AS accounts, any_value(i.asn) AS asn, any_value(i.country) AS country,
       any_value(i.range_label) AS "rangeLabel", ${sqlIso('min(e.ts)')} AS "firstSeen", ${sqlIso('max(e.ts)')} AS "lastSeen"
FROM campaign_event e LEFT JOIN (${intelSql}) i ON i.ip = e.ip GROUP BY e.cid, e.ip ORDER BY e.cid, attempts DESC, e.ip NULLS FIRST`;
}
