import type { SpikeParams } from '../../../../shared/api/detectParams';
import { personAccountSql } from '../../exposure/personAccount';
import { sqlIso } from '../../sql/sqlIso';
import { keptSql } from './attemptTable';
import { pacedCidSql } from './pacedBruteForce';

/**
 * SQL of every takeover candidate: a success within a campaign's window (until withinHours after it) either from one of
 * its sources or for one of its accounts (from a source, also up to withinHours before that source's first failure: a
 * source's first try can be the one that wins, and a campaign that begins with that source then begins after its win;
 * such a success's "before" is judged at its own time, so `prior` is keyed by the candidate's start; matched through
 * pre-joined (source, campaign) and (account, campaign) spans; never of a machine account (`NAME$`, personAccountSql):
 * its password is a random secret its computer rotates, no guess wins it, so its TGT from an address a campaign used is
 * its computer on a pool address handed on (a VPN pool, docs/detection-scenarios.md, "The Windows domain blind test");
 * a plan joining every success with every campaign ran out of memory on 2 M sign-ins), from an address the account had never succeeded from before the campaign
 * began nor keeps using on other days (an address the account signs in from on two days or more is its own; for IPv6,
 * any address of a /64 the account did so from, ownNet64.ts), and tied to the campaign (its source, ASN or user-agent cluster, or after the account's attempts in it; or an address
 * of the IPv4 /24 or IPv6 /48 two of its sources share, which makes a success a candidate even for an account the
 * campaign never failed on: a proxy's first try that won, from a fresh address of the campaign's network; so is one
 * from an ASN two of its sources share, with intel, unless it is the tenant's home ISP (`home_asn`): residential proxies
 * one account an address spread over whole ISPs (`tenant_asn` marks one on an ASN another account succeeds from outside
 * the campaign's window, not from its sources, `asn_people` over the candidates' campaign ASNs: the customers' own ISP
 * as much as the proxies', so no tie, accountTakeovers.ts; likewise `tenant_user_agent` marks a campaign user agent that
 * `shared.minAccounts` other accounts succeed with outside the campaign's window and sources, `ua_users`: counted among the
 * candidates' accounts, whose successes `ok` holds, so no new pass over the sign-ins; the fleet's browser string, the
 * customers' as much as the tool's; and `tenant_block` a campaign /24 or /48 another account succeeds from outside the
 * campaign's window, not from its sources, `net_people` over the candidates' campaign blocks: residential proxies exit
 * from the customers' own lines, so the block is theirs as much as the proxies'); never from a source or for an account the analyst dismissed,
 * `dismissals`). A network
 * (ASN) or country is new only when it is new to the account and to the tenant's people: one from which at least
 * `shared.minAccounts` accounts succeed outside the campaign's sources is their home ISP or country, so a first
 * evening sign-in from home after an attempt is not an outsider's network (why: with a short baseline every such
 * sign-in was a high-confidence takeover). `own_user_agent` marks a success whose user agent the account itself signed
 * in with before a campaign that tried many accounts a few times each, or on two other days (on three days or more
 * counting the success's own, which `ok` holds; its own device, used day after day: a campaign that runs for a week, or starts on the log's first days, leaves no "before"; after one try of a mass campaign:
 * the confidence drops a step, accountTakeovers.ts; never after a brute force on the account, except a paced one: its guesser is one
 * address, so a success elsewhere with the account's own device is the owner's as likely as after one try of a mass campaign).
 * `ownerAtSource` marks a success from a campaign source with that own device string (`own_user_agent`), a string the
 * campaign never sent (`sent_ua`: none of its attempts carried it), for an account the campaign never tried from that
 * address (`tried_at`): the owner at an address a proxy also exited from (carrier NAT, a home line hosting a proxy),
 * where a stuffing win carries the tool's string its failures sent; one step lower (accountTakeovers.ts).
 * A success from a paced brute force's address is from a campaign source only with a user agent its failures there
 * carried (the guesser's next try wins with its own tool): with another string it is someone else at that address, the
 * home or office of an account whose forgotten device retried an old password there, tied only as after the failures.
 * `own_network` marks a success on a network the account signed in from before the campaign first tried it, or on three
 * days or more counting the success's (`acct_net`: per candidate account, its successes on the candidates' ASNs, IPv4 /24s and IPv6 /48s): with
 * `own_user_agent` and the tries as the only tie, the owner's own sign-in, a low finding (accountTakeovers.ts).
 * `unwon_brute` marks a success after a windowed brute force none of whose sources ever succeeded or had a password
 * accepted in the log (`src_won`, from ok_pair and the attempt table, over the brute forces' sources only), with no try of it on the account within
 * `bruteForce.windowMinutes` before the success nor within the guesser's longest pause between two tries on it
 * (`brute_pause`): the guesser never won and had stopped, so tied by the tries alone it is one step lower
 * (accountTakeovers.ts). Each
 * row carries the facts the confidence is judged on and the account's usual addresses before the campaign. The
 * own-address rule depends only on (account, address), so it is applied to the successes before they meet the
 * campaigns (a campaign spanning the logs otherwise makes nearly every success of its accounts a candidate), read from
 * the per-(account, address) success figures `ok_pair` of the attempt table: only the successes of pairs seen on one
 * day alone are read again. The successes are read by inner joins from the few candidate pairs and accounts (pairs
 * of ok_pair and accounts are distinct, so each success once), not by semi joins or IN lists, and not bounded by the
 * campaigns' span through scalar subqueries (each join below keeps its own campaign's window): with those, DuckDB's
 * estimates made it build its hash table on the log's successes (9 M at 10 M rows, 27 M at 30 M), classifySignins
 * 6.2–6.6 s at 10 M and 17.8 s at 30 M against 4.2–4.3 s and 10.6 s.
 */
export function takeoverCandidatesSql(p: SpikeParams, intelSql: string, dismissals = false): string {
  const within = `INTERVAL ${p.takeover.withinHours} HOUR`;
  return `WITH intel AS MATERIALIZED (${intelSql}),
camp AS (SELECT cid, min(ts) AS start_ts, max(ts) AS end_ts, bool_and(shape = 'brute_force' AND NOT ${pacedCidSql('cid')}) AS brute FROM campaign_event GROUP BY cid),
csrc AS (SELECT DISTINCT cid, ip FROM campaign_event WHERE ip IS NOT NULL),
paced_ua AS (SELECT DISTINCT cid, ip, user_agent FROM campaign_event WHERE ${pacedCidSql('cid')}),
cacct AS (SELECT cid, "user", min(ts) AS first_try, bool_or(leaked) AS leaked FROM campaign_event WHERE "user" IS NOT NULL GROUP BY cid, "user"),
cua AS (SELECT cid, user_agent FROM campaign_event WHERE user_agent IS NOT NULL GROUP BY cid, user_agent HAVING count(DISTINCT ip) >= 3),
sent_ua AS (SELECT DISTINCT cid, user_agent FROM campaign_event WHERE user_agent IS NOT NULL),
tried_at AS (SELECT DISTINCT cid, "user", ip FROM campaign_event WHERE "user" IS NOT NULL AND ip IS NOT NULL),
ipnet AS MATERIALIZED (
  SELECT ip, '4:' || regexp_extract(ip, '^([0-9]+[.][0-9]+[.][0-9]+)[.][0-9]+$', 1) AS net FROM ok_pair WHERE regexp_full_match(ip, '[0-9]+[.][0-9]+[.][0-9]+[.][0-9]+')
  UNION SELECT ip, '4:' || regexp_extract(ip, '^([0-9]+[.][0-9]+[.][0-9]+)[.][0-9]+$', 1) FROM csrc WHERE regexp_full_match(ip, '[0-9]+[.][0-9]+[.][0-9]+[.][0-9]+')
  UNION SELECT ip, '6:' || (net >> 16)::VARCHAR FROM ip_net64
),
cnet AS (SELECT e.cid, n.net FROM csrc e JOIN ipnet n USING (ip) GROUP BY e.cid, n.net HAVING count(DISTINCT e.ip) >= 2),
wide_net AS (SELECT ip, net FROM ipnet WHERE starts_with(net, '4:') UNION ALL SELECT ip, '6:' || (net >> 32)::VARCHAR FROM ip_net64),
casn AS (SELECT e.cid, i.asn FROM campaign_event e JOIN intel i ON i.ip = e.ip WHERE i.asn IS NOT NULL GROUP BY e.cid, i.asn HAVING count(DISTINCT e.ip) >= 2),
people AS MATERIALIZED (SELECT o."user", i.asn, i.country, o.first_ts, o.last_ts FROM ok_pair o JOIN intel i ON i.ip = o.ip WHERE o."user" IS NOT NULL AND o.ip NOT IN (SELECT ip FROM csrc)),
brute_src AS (SELECT q.cid, q.ip FROM csrc q JOIN camp m ON m.cid = q.cid WHERE m.brute),
src_won AS (
  SELECT q.cid FROM brute_src q JOIN ok_pair o ON o.ip = q.ip WHERE o."user" IS NOT NULL
  UNION SELECT q.cid FROM brute_src q JOIN attempt a ON a.ip = q.ip WHERE a.accepted
),
home_asn AS (SELECT asn FROM people WHERE asn IS NOT NULL GROUP BY asn HAVING count(DISTINCT "user") >= ${p.shared.minAccounts}),
home_country AS (SELECT country FROM people WHERE country IS NOT NULL GROUP BY country HAVING count(DISTINCT "user") >= ${p.shared.minAccounts}),
near_pair AS MATERIALIZED (
  SELECT "user", ip FROM ok_pair
  WHERE NOT many_days AND ${personAccountSql('"user"')} IS NOT NULL AND ip IS NOT NULL
    AND ("user" IN (SELECT "user" FROM cacct) OR ip IN (SELECT ip FROM csrc) OR ip IN (SELECT ip FROM ipnet WHERE net IN (SELECT net FROM cnet))
      OR ip IN (SELECT ip FROM intel WHERE asn IN (SELECT asn FROM casn) AND asn NOT IN (SELECT asn FROM home_asn)))
    AND NOT EXISTS (SELECT 1 FROM ip_net64 n JOIN own_net64 o ON o.net = n.net WHERE n.ip = ok_pair.ip AND o."user" = ok_pair."user" AND o.many_days)
    AND last_ts >= (SELECT min(start_ts) FROM camp) - ${within} AND first_ts <= (SELECT max(end_ts) FROM camp) + ${within}
),
near AS MATERIALIZED (
  SELECT s.ts, s."user", s.ip, s.user_agent FROM near_pair f JOIN signin s ON s."user" = f."user" AND s.ip = f.ip
  WHERE s.success
),
src_camp AS (SELECT e.ip, c.cid, c.start_ts, c.end_ts, min(e.ts) AS first_ts FROM campaign_event e JOIN camp c USING (cid) WHERE e.ip IS NOT NULL GROUP BY ALL),
acct_camp AS (SELECT a."user", c.cid, c.start_ts, c.end_ts FROM cacct a JOIN camp c USING (cid)),
by_src AS (
  SELECT n.*, k.cid, least(k.start_ts, n.ts) AS start_ts FROM near n JOIN src_camp k ON k.ip = n.ip
  WHERE (n.ts >= k.start_ts OR n.ts >= k.first_ts - ${within}) AND n.ts <= k.end_ts + ${within}
),
by_acct AS (SELECT n.*, k.cid, k.start_ts FROM near n JOIN acct_camp k ON k."user" = n."user" WHERE n.ts >= k.start_ts AND n.ts <= k.end_ts + ${within}),
by_net AS (
  SELECT n.*, c.cid, c.start_ts FROM near n JOIN ipnet i ON i.ip = n.ip JOIN cnet k ON k.net = i.net JOIN camp c ON c.cid = k.cid
  WHERE n.ts >= c.start_ts AND n.ts <= c.end_ts + ${within}${keptSql('n', dismissals)}
),
by_asn AS (
  SELECT n.*, c.cid, c.start_ts FROM near n JOIN intel i ON i.ip = n.ip JOIN casn k ON k.asn = i.asn JOIN camp c ON c.cid = k.cid
  WHERE n.ts >= c.start_ts AND n.ts <= c.end_ts + ${within} AND i.asn NOT IN (SELECT asn FROM home_asn)${keptSql('n', dismissals)}
),
cand AS MATERIALIZED (SELECT * FROM by_src UNION SELECT * FROM by_acct UNION SELECT * FROM by_net UNION SELECT * FROM by_asn),
ok AS MATERIALIZED (SELECT s.ts, s."user", s.ip, s.user_agent FROM (SELECT DISTINCT "user" FROM cand) k JOIN signin s ON s."user" = k."user" WHERE s.success AND s.ip IS NOT NULL),
prior_ua AS MATERIALIZED (
  SELECT DISTINCT k."user", k.cid, k.start_ts, o.user_agent
  FROM (SELECT DISTINCT "user", cid, start_ts FROM cand) k JOIN ok o ON o."user" = k."user" AND o.ts < k.start_ts WHERE o.user_agent IS NOT NULL
),
prior AS MATERIALIZED (
  SELECT k."user", k.cid, k.start_ts, o.ip, i.asn, i.country, count(*) AS n, max(o.ts) AS last_ts
  FROM (SELECT DISTINCT "user", cid, start_ts FROM cand) k JOIN ok o ON o."user" = k."user" AND o.ts < k.start_ts LEFT JOIN intel i ON i.ip = o.ip
  GROUP BY ALL
),
ua_days AS MATERIALIZED (SELECT "user", user_agent, count(DISTINCT date_trunc('day', ts)) AS days FROM ok WHERE user_agent IS NOT NULL GROUP BY ALL),
fresh AS MATERIALIZED (
  SELECT c.* FROM cand c
  WHERE NOT EXISTS (SELECT 1 FROM prior q WHERE q."user" = c."user" AND q.cid = c.cid AND q.start_ts = c.start_ts AND q.ip = c.ip)
    AND NOT EXISTS (SELECT 1 FROM ip_net64 n JOIN own_net64 o ON o.net = n.net WHERE n.ip = c.ip AND o."user" = c."user" AND o.first_ts < c.start_ts)
),
brute_pause AS MATERIALIZED (
  SELECT cid, "user", max(gap) AS longest FROM (
    SELECT e.cid, e."user", e.ts - lag(e.ts) OVER (PARTITION BY e.cid, e."user" ORDER BY e.ts) AS gap
    FROM campaign_event e JOIN (SELECT DISTINCT f.cid, f."user" FROM fresh f JOIN camp m ON m.cid = f.cid WHERE m.brute) k ON k.cid = e.cid AND k."user" = e."user"
  ) GROUP BY ALL
),
ip_block AS (SELECT ip, net FROM ipnet UNION ALL SELECT ip, 'as:' || asn::VARCHAR FROM intel WHERE asn IS NOT NULL),
fresh_net AS MATERIALIZED (SELECT DISTINCT f."user", b.net FROM fresh f JOIN ip_block b ON b.ip = f.ip),
acct_net AS MATERIALIZED (
  SELECT o."user", b.net, min(o.ts) AS first_ts, count(DISTINCT date_trunc('day', o.ts)) AS days
  FROM fresh_net k JOIN ok o ON o."user" = k."user" JOIN ip_block b ON b.ip = o.ip AND b.net = k.net GROUP BY ALL
),
asn_people AS MATERIALIZED (
  SELECT k.cid, k.asn, count(DISTINCT q."user") AS n, min(q."user") AS one
  FROM (SELECT DISTINCT f.cid, i.asn FROM fresh f JOIN intel i ON i.ip = f.ip JOIN casn k ON k.cid = f.cid AND k.asn = i.asn) k
    JOIN camp m ON m.cid = k.cid JOIN people q ON q.asn = k.asn
  WHERE q.first_ts < m.start_ts OR q.last_ts > m.end_ts + ${within}
  GROUP BY ALL
),
ua_users AS MATERIALIZED (
  SELECT DISTINCT k.cid, k.user_agent, o."user"
  FROM (SELECT DISTINCT f.cid, f.user_agent FROM fresh f JOIN cua u ON u.cid = f.cid AND u.user_agent = f.user_agent) k
    JOIN camp m ON m.cid = k.cid JOIN ok o ON o.user_agent = k.user_agent
  WHERE (o.ts < m.start_ts OR o.ts > m.end_ts + ${within}) AND o.ip NOT IN (SELECT ip FROM csrc)
),
ua_people AS (SELECT cid, user_agent, count(*) AS n FROM ua_users GROUP BY ALL),
net_people AS MATERIALIZED (
  SELECT k.cid, k.net, count(DISTINCT q."user") AS n, min(q."user") AS one
  FROM (SELECT DISTINCT f.cid, n.net FROM fresh f JOIN ipnet n ON n.ip = f.ip JOIN cnet k ON k.cid = f.cid AND k.net = n.net) k
    JOIN camp m ON m.cid = k.cid JOIN ipnet i ON i.net = k.net JOIN ok_pair q ON q.ip = i.ip
  WHERE q."user" IS NOT NULL AND q.ip NOT IN (SELECT ip FROM csrc) AND (q.first_ts < m.start_ts OR q.last_ts > m.end_ts + ${within})
  GROUP BY ALL
),
tenant_net AS MATERIALIZED (
  SELECT k.net FROM (SELECT DISTINCT w.net FROM fresh c JOIN wide_net w ON w.ip = c.ip) k JOIN wide_net w ON w.net = k.net JOIN ok_pair o ON o.ip = w.ip
  WHERE o."user" IS NOT NULL AND o.ip NOT IN (SELECT ip FROM csrc) GROUP BY k.net HAVING count(DISTINCT o."user") >= ${p.shared.minAccounts}
),
scored AS (
  SELECT c.*, i.asn, i.country, coalesce(sp.shared, false) AS shared, true AS new_source,
         i.asn IS NOT NULL AND EXISTS (SELECT 1 FROM prior q WHERE q."user" = c."user" AND q.cid = c.cid AND q.start_ts = c.start_ts AND q.asn IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM prior q WHERE q."user" = c."user" AND q.cid = c.cid AND q.start_ts = c.start_ts AND q.asn = i.asn) AND i.asn NOT IN (SELECT asn FROM home_asn) AS new_asn,
         i.country IS NOT NULL AND EXISTS (SELECT 1 FROM prior q WHERE q."user" = c."user" AND q.cid = c.cid AND q.start_ts = c.start_ts AND q.country IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM prior q WHERE q."user" = c."user" AND q.cid = c.cid AND q.start_ts = c.start_ts AND q.country = i.country) AND i.country NOT IN (SELECT country FROM home_country) AS new_country,
         EXISTS (SELECT 1 FROM csrc WHERE csrc.cid = c.cid AND csrc.ip = c.ip) AND NOT coalesce(sp.shared, false)
           AND (NOT ${pacedCidSql('c.cid')}
             OR EXISTS (SELECT 1 FROM paced_ua q WHERE q.cid = c.cid AND q.ip = c.ip AND q.user_agent IS NOT DISTINCT FROM c.user_agent)) AS campaign_source,
         EXISTS (SELECT 1 FROM casn WHERE casn.cid = c.cid AND casn.asn = i.asn) AS campaign_asn,
         coalesce(ap.n >= 2 OR ap.one <> c."user", false) AS tenant_asn,
         EXISTS (SELECT 1 FROM ipnet n JOIN cnet k ON k.net = n.net WHERE n.ip = c.ip AND k.cid = c.cid) AS campaign_network,
         EXISTS (SELECT 1 FROM ipnet n JOIN net_people k ON k.net = n.net WHERE n.ip = c.ip AND k.cid = c.cid AND (k.n >= 2 OR k.one <> c."user")) AS tenant_block,
         EXISTS (SELECT 1 FROM cua WHERE cua.cid = c.cid AND cua.user_agent = c.user_agent) AS campaign_user_agent,
         coalesce(up.n - (EXISTS (SELECT 1 FROM ua_users w WHERE w.cid = c.cid AND w.user_agent = c.user_agent AND w."user" = c."user"))::INTEGER >= ${p.shared.minAccounts}, false)
           AS tenant_user_agent,
         (EXISTS (SELECT 1 FROM prior_ua q WHERE q."user" = c."user" AND q.cid = c.cid AND q.start_ts = c.start_ts AND q.user_agent = c.user_agent)
           OR coalesce(ud.days, 0) >= 3)
           AND NOT EXISTS (SELECT 1 FROM camp WHERE camp.cid = c.cid AND camp.brute) AS own_user_agent,
         (coalesce(i.asn IN (SELECT asn FROM home_asn), false) OR EXISTS (SELECT 1 FROM wide_net w JOIN tenant_net k ON k.net = w.net WHERE w.ip = c.ip))
           AND NOT EXISTS (SELECT 1 FROM camp WHERE camp.cid = c.cid AND camp.brute) AS tenant_network,
         EXISTS (SELECT 1 FROM ip_block b JOIN acct_net a ON a.net = b.net WHERE b.ip = c.ip AND a."user" = c."user" AND (a.first_ts < coalesce(ca.first_try, c.start_ts) OR a.days >= 3)) AS own_network,
         EXISTS (SELECT 1 FROM cacct a WHERE a.cid = c.cid AND a."user" = c."user" AND a.first_try <= c.ts) AS after_failures,
         NOT EXISTS (SELECT 1 FROM sent_ua q WHERE q.cid = c.cid AND q.user_agent = c.user_agent)
           AND NOT EXISTS (SELECT 1 FROM tried_at q WHERE q.cid = c.cid AND q."user" = c."user" AND q.ip = c.ip) AS unlike_campaign,
         EXISTS (SELECT 1 FROM camp WHERE camp.cid = c.cid AND camp.brute) AND c.cid NOT IN (SELECT cid FROM src_won)
           AND NOT EXISTS (SELECT 1 FROM campaign_event e WHERE e.cid = c.cid AND e."user" = c."user" AND e.ts <= c.ts
             AND e.ts >= c.ts - greatest(INTERVAL ${p.bruteForce.windowMinutes} MINUTE, coalesce(bp.longest, INTERVAL 0 MINUTE)))
           AS unwon_brute,
         coalesce((SELECT bool_or(a.leaked) FROM cacct a WHERE a.cid = c.cid AND a."user" = c."user"), false) AS leaked
  FROM fresh c LEFT JOIN intel i ON i.ip = c.ip LEFT JOIN src_profile sp ON sp.ip = c.ip
    LEFT JOIN ua_days ud ON ud."user" = c."user" AND ud.user_agent = c.user_agent LEFT JOIN cacct ca ON ca.cid = c.cid AND ca."user" = c."user"
    LEFT JOIN asn_people ap ON ap.cid = c.cid AND ap.asn = i.asn
    LEFT JOIN ua_people up ON up.cid = c.cid AND up.user_agent = c.user_agent
    LEFT JOIN brute_pause bp ON bp.cid = c.cid AND bp."user" = c."user"
),
tied AS (SELECT * FROM scored WHERE new_source AND (campaign_source OR campaign_asn OR campaign_network OR campaign_user_agent OR after_failures) AND (NOT shared OR after_failures))
SELECT t."user", t.cid, ${sqlIso('t.ts')} AS ts, t.ip, t.asn, t.country, t.user_agent AS "userAgent", t.shared, t.new_asn AS "newAsn", t.new_country AS "newCountry",
       t.campaign_source AS "campaignSource", t.campaign_asn AS "campaignAsn", t.tenant_asn AS "tenantAsn", t.campaign_network AND NOT t.campaign_source AS "campaignNetwork", t.tenant_block AS "tenantBlock", t.campaign_user_agent AS "campaignUserAgent", t.tenant_user_agent AS "tenantUserAgent", t.after_failures AS "afterFailures", t.own_user_agent AS "ownUserAgent", t.campaign_source AND t.own_user_agent AND t.unlike_campaign AS "ownerAtSource", t.tenant_network AS "tenantNetwork", t.own_network AS "ownNetwork", t.unwon_brute AS "unwonBrute", t.leaked,
       EXISTS (SELECT 1 FROM ok o JOIN intel i2 ON i2.ip = o.ip WHERE o."user" = t."user" AND o.ts < t.ts AND o.ts >= t.ts - INTERVAL ${Math.round(p.takeover.travelHours * 60)} MINUTE
               AND i2.country IS NOT NULL AND t.country IS NOT NULL AND i2.country <> t.country) AS "impossibleTravel",
       (SELECT count(*) FROM campaign_event e WHERE e."user" = t."user" AND e.ts <= t.ts)::DOUBLE AS "failuresBefore",
       (SELECT count(*) FROM ok o WHERE o."user" = t."user" AND o.ip IS NOT DISTINCT FROM t.ip AND o.ts >= t.ts)::DOUBLE AS successes,
       coalesce((SELECT list({'ip': q.ip, 'successes': q.n::DOUBLE, 'lastSeen': ${sqlIso('q.last_ts')}, 'asn': q.asn, 'country': q.country} ORDER BY q.n DESC, q.ip NULLS LAST)[1:3]
                 FROM prior q WHERE q."user" = t."user" AND q.cid = t.cid AND q.start_ts = t.start_ts), []) AS "usualSources"
FROM tied t ORDER BY t."user", t.ts, t.cid`;
}
