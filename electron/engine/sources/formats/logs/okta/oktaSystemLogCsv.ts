import { sqlIdent } from '../../../../sql/sqlString';
import { csvFields } from '../csvFields';
import { csvHeader } from '../csvHeader';
import { blankToNull } from '../jsonFields';
import { logLoader } from '../logLoader';
import { stageCsv } from '../stageCsv';
import { oktaSigninColumns, oktaSigninEventSql, oktaSigninMapping, oktaSigninNote } from './oktaSignin';

/** The System Log fields read, as the console's CSV names its columns (the API's fields flattened with dots). */
const oktaCsvFields = {
  time: ['published'],
  event: ['eventType'],
  login: ['actor.alternateId'],
  address: ['client.ipAddress'],
  result_text: ['outcome.result'],
  reason: ['outcome.reason'],
  agent: ['client.userAgent.rawUserAgent'],
  cc: ['client.geographicalContext.country'],
  as_number: ['securityContext.asNumber'],
} satisfies Record<string, string[]>;

/** The columns a head must name to be an Okta System Log CSV (lower-cased). */
const requiredColumns = ['published', 'eventtype', 'actor.alternateid', 'outcome.result'];

/**
 * SQL of the application signed in to: the display name of the first target whose type is AppInstance, the targets
 * flattened as `target.N.type` / `target.N.displayName` (or `targetN.…`), else Okta.
 */
function targetAppSql(columns: string[]): string {
  const byLower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const apps = columns
    .map((c) => /^target\.?(\d+)\.type$/i.exec(c))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ type: m[0], name: byLower.get(m[0].toLowerCase().replace(/type$/, 'displayname')) }))
    .filter((t): t is { type: string; name: string } => t.name !== undefined)
    .map((t) => `CASE WHEN ${blankToNull(sqlIdent(t.type))} = 'AppInstance' THEN ${blankToNull(sqlIdent(t.name))} END`);
  return `coalesce(${[...apps, `'Okta'`].join(', ')})`;
}

/** Okta System Log downloaded as CSV from the Admin Console (Reports > System Log > Download CSV): the sign-in attempts. */
export const oktaSystemLogCsv = logLoader({
  format: 'okta-system-log-csv',
  kind: 'signin',
  label: 'Okta System Log, Admin Console CSV download (published, eventType, actor.alternateId, outcome.result)',
  stage: 'custom',
  detect(head) {
    const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
    return requiredColumns.every((c) => cols.has(c));
  },
  mapping: { ...oktaSigninMapping, app: 'target.N.displayName of the first target.N.type AppInstance, else Okta', raw_ref: 'line of the record (exact while records do not span lines)' },
  notes: [oktaSigninNote],
  async build({ c, file, staged, timezone, staging }) {
    const csv = await stageCsv(c, file, staged, staging);
    return {
      from: staged,
      layers: [csvFields(csv.columns, oktaCsvFields), { result: 'upper(result_text)' }],
      parsed: 'true',
      relevant: oktaSigninEventSql,
      columns: oktaSigninColumns(timezone, targetAppSql(csv.columns)),
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in column published',
      unparsed: 'expected an Okta System Log CSV record',
      ...(csv.direct ? { direct: csv.direct } : {}),
      stagingRejects: { rows: csv.rejects, count: csv.rejected },
    };
  },
});
