import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams, SpikeParams } from '../../../shared/api/detectParams';
import type { FindingListName } from '../../../shared/api/findingsApi';
import { calmRange, referenceZScoreSql } from '../exports/referenceZScore';
import { userBaselineSql } from '../exports/userBaseline';
import { userHourSourceOf } from '../exports/userHourSourceOf';
import { referenceSpikesSql } from '../spikes/referenceSpikes';
import { sqlIso } from '../sql/sqlIso';

/** The members of every stored finding with one role, in the findings' order then as findingAccounts / findingSources page them. */
function memberSql(role: 'account' | 'source'): string {
  const cols =
    role === 'account'
      ? `m."user", m.attempts::DOUBLE AS attempts, m.peers::DOUBLE AS sources, m.outcome, m.leaked`
      : `m.ip, m.attempts::DOUBLE AS attempts, m.peers::DOUBLE AS accounts, m.asn, m.country, m.range_label AS "rangeLabel"`;
  const key = role === 'account' ? 'm."user"' : 'm.ip';
  return `SELECT m.finding_id AS "findingId", ${cols}, ${sqlIso('m.first_ts')} AS "firstSeen", ${sqlIso('m.last_ts')} AS "lastSeen"
FROM finding_member m JOIN finding f ON f.id = m.finding_id
WHERE m.role = '${role}'
ORDER BY f.seq, m.attempts DESC, ${key} NULLS FIRST`;
}

/** The stored findings as listFindings pages them, evidence as JSON text (parsed before masking, so its personal keys are masked as in the document). */
const findingsSql = `SELECT id, kind, severity, ips, users, ${sqlIso('start_ts')} AS start, ${sqlIso('end_ts')} AS "end", summary, evidence::VARCHAR AS evidence, status, note
FROM finding ORDER BY seq, id`;

/** Columns of a list that hold JSON text, to parse before masking. */
export const findingListJsonColumns: Partial<Record<FindingListName, string[]>> = { findings: ['evidence'] };

/**
 * The SQL of each list written in full beside findings.json, ordered as its Api pages are (listFindings, loginSpikes,
 * exportReference, exportBaseline, findingAccounts, findingSources), so a list's first rows in findings.json are its
 * side file's first rows.
 */
export async function findingListSql(c: DuckDBConnection, spikes: SpikeParams, exports: ExportParams): Promise<Record<FindingListName, string>> {
  const from = await userHourSourceOf(c, exports.measure);
  return {
    findings: findingsSql,
    login_spikes: referenceSpikesSql(spikes.reference),
    reference_anomalies: referenceZScoreSql(exports.reference, exports.measure, from, await calmRange(c, exports.reference, exports.measure, from)),
    baseline_flags: userBaselineSql(exports, from),
    member_accounts: memberSql('account'),
    member_sources: memberSql('source'),
  };
}
