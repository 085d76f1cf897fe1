import type { DuckDBConnection } from '@duckdb/node-api';
import type { IntelProvenanceDto } from '../../../shared/api/intelApi';
import { queryOne } from '../sql/queryRows';
import { loadedIntelDatasets } from './loadIntelDatasets';

/** Days between the logs and the dataset past which the country and AS answers are flagged as possibly out of date. */
export const intelStaleDays = 180;

/** What a report says about the IP intelligence behind its countries and ASNs (see IntelProvenanceDto). */
export type IntelProvenance = IntelProvenanceDto;

/** How to bring a newer dataset onto an offline machine (also in docs/ip-intelligence.md). */
export const intelUpdateHint =
  'To update offline: on a connected machine run `npm pack @ip-location-db/geo-whois-asn-country @ip-location-db/asn`; here, unpack each ' +
  '.tgz with `tar xzf FILE.tgz --strip-components=1 -C DIR/@ip-location-db/NAME` and start Breachdesk with BREACHDESK_INTEL_DIR=DIR ' +
  '(in a source checkout, `npm install ./FILE.tgz` instead); each case reloads the dataset on its next use (docs/ip-intelligence.md).';

/**
 * Names the datasets the case's country/ASN answers come from (name, version, date, licence, attribution), the span
 * of the logs, and a warning when they are far apart. For the report and the UI; it reads only what is in the case.
 */
export async function intelProvenance(c: DuckDBConnection): Promise<IntelProvenance> {
  const datasets = await loadedIntelDatasets(c);
  const span = await queryOne<{ from: string | null; to: string | null }>(
    c,
    `SELECT strftime(min(lo), '%Y-%m-%d') AS "from", strftime(max(hi), '%Y-%m-%d') AS "to"
     FROM (SELECT min(ts) AS lo, max(ts) AS hi FROM signin UNION ALL SELECT min(ts), max(ts) FROM transfer)`,
  );
  return { datasets, logsFrom: span.from, logsTo: span.to, warning: stalenessWarning(datasets, span.from, span.to) };
}

/** The warning for logs far from the dataset dates, or null. */
export function stalenessWarning(datasets: Array<{ name: string; dataDate: string }>, from: string | null, to: string | null): string | null {
  if (!from || !to) return null;
  const day = 86_400_000;
  const notes = datasets.flatMap((d) => {
    const at = Date.parse(`${d.dataDate}T00:00:00Z`);
    if (Number.isNaN(at)) return [`${d.name} carries no data date`];
    const after = Math.round((Date.parse(`${to}T00:00:00Z`) - at) / day);
    const before = Math.round((at - Date.parse(`${from}T00:00:00Z`)) / day);
    if (after > intelStaleDays) return [`the logs run to ${to}, ${after} days after ${d.name} (${d.dataDate})`];
    if (before > intelStaleDays) return [`the logs start ${from}, ${before} days before ${d.name} (${d.dataDate})`];
    return [];
  });
  if (notes.length === 0) return null;
  return `IP countries and ASNs may be out of date: ${notes.join('; ')}. Address blocks move between networks and countries over time. ${intelUpdateHint}`;
}
