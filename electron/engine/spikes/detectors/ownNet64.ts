import { ipNumberSql } from '../../intel/ipNumberSql';
import { manyDaysSql } from './ownAddressDays';

/**
 * Statements creating `ip_net64` (every IPv6 address that succeeded or failed, with its /64 as a number) and
 * `own_net64` (per account and /64 it succeeded from: the first success and whether on two days or more), after
 * `ok_pair` and `attempt_failed` exist. Why: a /64 is one link (a home, one phone's mobile attach), and its hosts pick
 * a new temporary address every day (RFC 8981 privacy addresses), so an IPv6 address new to an account inside a /64 it
 * already signs in from is its own network, as the same IPv4 address would be; read per address, every home
 * sign-in of an IPv6 household was from a "new" address (docs/design.md §1).
 */
export const ownNet64Sql = `CREATE OR REPLACE TEMP TABLE ip_net64 AS
SELECT ip, ip_num >> 64 AS net FROM (${ipNumberSql(`SELECT ip FROM ok_pair WHERE contains(ip, ':') UNION SELECT ip FROM attempt_failed WHERE contains(ip, ':')`)}) WHERE family = 6;
CREATE OR REPLACE TEMP TABLE own_net64 AS
SELECT f."user", n.net, min(f.first_ts) AS first_ts, ${manyDaysSql('min(f.first_ts)', 'max(f.last_ts)')} AS many_days
FROM ok_pair f JOIN ip_net64 n USING (ip) WHERE f."user" IS NOT NULL GROUP BY ALL`;
