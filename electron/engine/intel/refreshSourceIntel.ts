import type { DuckDBConnection } from '@duckdb/node-api';
import type { CaseDb } from '../db/CaseDb';
import { queryOne, queryRows } from '../sql/queryRows';
import { ipNumberSql } from './ipNumberSql';
import { loadIntelDatasets } from './loadIntelDatasets';
import { rangeLabelSql } from './rangeLabels';

/** SQL building `source_intel` from the distinct addresses of the sign-in and transfer logs (see refreshSourceIntel). */
export const sourceIntelSql = `CREATE OR REPLACE TABLE source_intel AS
WITH parsed AS (${ipNumberSql(`SELECT DISTINCT ip FROM (SELECT ip FROM signin UNION ALL SELECT ip FROM transfer) WHERE ip IS NOT NULL AND ip <> ''`)}),
labelled AS (SELECT *, ${rangeLabelSql('family', 'ip_num')} AS range_label FROM parsed)
SELECT p.ip, p.family, p.ip_num,
       CASE WHEN p.range_label IS NULL AND p.ip_num <= c.end_num THEN c.country END AS country,
       CASE WHEN p.range_label IS NULL AND p.ip_num <= a.end_num THEN a.asn END AS asn,
       CASE WHEN p.range_label IS NULL AND p.ip_num <= a.end_num THEN a.as_org END AS as_org,
       p.range_label
FROM labelled p
ASOF LEFT JOIN intel.ip_country c ON p.family = c.family AND p.ip_num >= c.start_num
ASOF LEFT JOIN intel.ip_asn a ON p.family = a.family AND p.ip_num >= a.start_num`;

/** SQL of `known_source(ip, kind, cidr, account, note)`: each log address inside a range the analyst named as known infrastructure. */
export const knownSourceSql = `CREATE OR REPLACE VIEW known_source AS
SELECT s.ip, k.kind, k.cidr, k.account, k.note
FROM source_intel s JOIN known_infrastructure k ON s.family = k.family AND s.ip_num BETWEEN k.cidr_start AND k.cidr_end`;

/**
 * Builds (or rebuilds) `source_intel(ip, family, ip_num, country, asn, as_org, range_label)`: one row per distinct
 * address of `signin` and `transfer`, with the shipped dataset's country and AS, and the range label of private,
 * carrier-grade NAT, documentation… addresses (which get no country or AS: they are not routed, whatever the RIR data says). The lookup is a range join in SQL (ASOF on the range start, then the
 * end checked), never per-row JS. Loads the datasets into the case first if they are not there yet. Also (re)creates
 * the view `known_source` over it, which follows the analyst's known-infrastructure list live.
 */
export async function refreshSourceIntel(db: CaseDb): Promise<{ addresses: number; located: number }> {
  return oneAtATime(db, () => rebuild(db));
}

async function rebuild(db: CaseDb): Promise<{ addresses: number; located: number }> {
  await loadIntelDatasets(db);
  return db.withConnection(async (c) => {
    const state = await inputState(c);
    await c.run(sourceIntelSql);
    await c.run(knownSourceSql);
    await c.run(`DELETE FROM intel.source_intel_state`);
    await c.run(`INSERT INTO intel.source_intel_state VALUES ($state)`, { state });
    return queryOne<{ addresses: number; located: number }>(
      c,
      `SELECT count(*)::INTEGER AS addresses, count(*) FILTER (WHERE country IS NOT NULL OR asn IS NOT NULL)::INTEGER AS located FROM source_intel`,
    );
  });
}

/**
 * Rebuilds `source_intel` only when it was built from other log rows or another dataset version than the case holds
 * now (row counts and newest source of `signin` and `transfer`, and the dataset versions): what a detector calls
 * before reading it. Says whether it rebuilt.
 */
export async function ensureSourceIntel(db: CaseDb): Promise<{ rebuilt: boolean }> {
  return oneAtATime(db, () => ensure(db));
}

async function ensure(db: CaseDb): Promise<{ rebuilt: boolean }> {
  await loadIntelDatasets(db);
  const current = await db.withConnection(async (c) => {
    const built = await queryRows<{ state: string }>(
      c,
      `SELECT state FROM intel.source_intel_state WHERE EXISTS (SELECT 1 FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'source_intel')`,
    );
    return built[0]?.state === (await inputState(c));
  });
  if (current) return { rebuilt: false };
  await rebuild(db);
  return { rebuilt: true };
}

const turns = new WeakMap<CaseDb, Promise<unknown>>();

/** Runs builds of one case's source_intel one after another: two at once would both replace the table and conflict. */
function oneAtATime<T>(db: CaseDb, fn: () => Promise<T>): Promise<T> {
  const turn = (turns.get(db) ?? Promise.resolve()).then(fn, fn);
  turns.set(db, turn.catch(() => undefined));
  return turn;
}

/** What source_intel depends on, as one comparable string. */
async function inputState(c: DuckDBConnection): Promise<string> {
  const { state } = await queryOne<{ state: string }>(
    c,
    `SELECT concat_ws('|', (SELECT count(*) || ':' || coalesce(max(source_id), 0) FROM signin), (SELECT count(*) || ':' || coalesce(max(source_id), 0) FROM transfer),
                      (SELECT string_agg(role || '=' || version, ',' ORDER BY role) FROM intel.dataset)) AS state`,
  );
  return state;
}
