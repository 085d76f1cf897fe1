import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import type { LoadOptions, Loader } from '../../Loader';
import { csvHeader } from '../logs/csvHeader';
import { entraCodeSql, entraReasonSql, textReasonSql } from '../logs/failureReason';

import { logLoader } from '../logs/logLoader';
import type { RecordMapping } from '../logs/RecordMapping';
import { stageCsv } from '../logs/stageCsv';
import { zonedTimeSql } from '../logs/zonedTimeSql';
import { clientIpSql } from '../logs/clientIpSql';
import { withheldUserSql } from '../logs/withheldUserSql';
import { defaultSuccessValues, successSql } from './successSql';
import { fieldOption, guessMapping, mappedFields } from './mappedFields';

/** Reads the analyst's column for a field, else the guess from the header. */
function columnFor(field: string, options: LoadOptions, guess: Record<string, string>): string | undefined {
  const chosen = options[fieldOption(field)];
  return typeof chosen === 'string' && chosen !== '' ? chosen : guess[fieldOption(field)];
}

/**
 * The file's column for a chosen name: the same name, else the same ignoring case, else the name with Log Analytics'
 * ` [UTC]` suffix (portal exports write `TimeGenerated [UTC]`), so one preset fits both export paths.
 */
function matchColumn(wanted: string, columns: string[]): string | undefined {
  const lower = wanted.toLowerCase();
  return columns.find((c) => c === wanted) ?? columns.find((c) => c.toLowerCase() === lower) ?? columns.find((c) => c.toLowerCase() === `${lower} [utc]`);
}

/** True when a head looks like a delimited text file with a header of at least two fields. */
export function looksLikeHeadedCsv(head: Buffer): boolean {
  return !head.includes(0) && csvHeader(head).filter((h) => h !== '').length >= 2;
}

/**
 * Any headed CSV, with each canonical field taken from the column the analyst picks (guessed from the
 * header first). Never auto-detected: offered when no known family matches, or chosen as an override,
 * so a file is only mapped this way when the analyst has seen and confirmed the mapping.
 */
export function mappedCsv(kind: Extract<SourceKind, 'signin' | 'transfer'>): Loader {
  const fields = mappedFields[kind];
  const loader = logLoader({
    format: `mapped-csv-${kind}`,
    kind,
    label: `Any CSV with a header, columns mapped by you (${kind})`,
    stage: 'custom',
    detect: () => false,
    mapping: Object.fromEntries(fields.map((f) => [f.field, `the column you choose for ${fieldOption(f.field)}${f.required ? ' (required)' : ''}`])),
    notes: [
      'Pick the column that feeds each field; the first guess comes from the header names.',
      ...(kind === 'signin' ? [`A sign-in succeeded when its result is one of: ${defaultSuccessValues.join(', ')} (option successValues overrides).`] : []),
      'Option where=Column=Value keeps only the rows whose column holds that value (the others are skipped and counted); option resultKey reads the result from that key when the result cell holds a JSON object; option unknownUser names the value a log writes in place of a user name it withheld (loaded as no user, a failure as no_such_user).',
    ],
    choices(head) {
      const columns = csvHeader(head).filter((h) => h !== '');
      return Object.fromEntries(fields.map((f) => [fieldOption(f.field), columns]));
    },
    async build({ c, file, staged, timezone, dateOrder, staging, options, displayName }) {
      const csv = await stageCsv(c, file, staged, staging);
      const guess = guessMapping(kind, csv.columns);
      const col = (field: string) => {
        const wanted = columnFor(field, options, guess);
        const name = wanted === undefined ? undefined : matchColumn(wanted, csv.columns);
        if (wanted !== undefined && name === undefined) throw new UserError('invalid_argument', `${displayName}: there is no column "${wanted}" to map onto ${field}.`);
        return name === undefined ? 'CAST(NULL AS VARCHAR)' : `nullif(trim(${sqlIdent(name)}), '')`;
      };
      for (const f of fields.filter((x) => x.required)) {
        if (columnFor(f.field, options, guess) === undefined) {
          throw new UserError('bad_input', `${displayName}: no column is mapped onto ${f.field}; choose one (option ${fieldOption(f.field)}).`);
        }
      }
      const tsColumn = columnFor('ts', options, guess) as string;
      const keep = whereSql(options.where, csv.columns, displayName);
      const resultKey = typeof options.resultKey === 'string' && options.resultKey !== '' ? options.resultKey : undefined;
      const result = resultKey === undefined ? col('result') : `coalesce(json_extract_string(try_cast(${col('result')} AS JSON), ${sqlString(`$.${resultKey}`)}), ${col('result')})`;
      const unknownUser = typeof options.unknownUser === 'string' && options.unknownUser !== '' ? options.unknownUser : undefined;
      const user = unknownUser === undefined ? 'f_user' : withheldUserSql('f_user', unknownUser);
      const common = { ts: zonedTimeSql('f_ts', timezone, dateOrder), user, ip: clientIpSql('f_ip') };
      const successValues = typeof options.successValues === 'string' ? options.successValues.split(',').map((s) => s.trim()) : defaultSuccessValues;
      const layers: Array<Record<string, string>> =
        kind === 'signin'
          ? [
              { f_ts: col('ts'), f_user: col('user'), f_ip: col('ip'), f_result: result, f_reason: col('reason'), f_app: col('app'), f_ua: col('user_agent') },
              { ok: successSql('f_result', successValues) },
            ]
          : [{ f_ts: col('ts'), f_user: col('user'), f_ip: col('ip'), f_bytes: col('bytes'), f_action: col('action'), f_object: col('object') }];
      const columns: RecordMapping['columns'] =
        kind === 'signin'
          ? {
              ...common,
              success: 'ok',
              failure_reason: `CASE WHEN ok THEN NULL ${unknownUser === undefined ? '' : `WHEN f_user = ${sqlString(unknownUser)} THEN 'no_such_user' `}WHEN regexp_matches(${entraCodeSql('f_result')}, '^[0-9]{5,6}$') THEN ${entraReasonSql(entraCodeSql('f_result'))} ELSE ${textReasonSql('coalesce(f_reason, f_result)')} END`,
              result_code: 'f_result',
              app: 'f_app',
              user_agent: 'f_ua',
            }
          : { ...common, bytes: 'try_cast(f_bytes AS BIGINT)', action: `coalesce(f_action, 'transfer')`, object: 'f_object' };
      return {
        from: staged,
        layers,
        parsed: 'true',
        relevant: keep,
        columns,
        timeText: 'f_ts',
        timeExpected: `a time in column ${tsColumn}`,
        unparsed: 'expected a CSV record',
        ...(csv.direct ? { direct: csv.direct } : {}),
      stagingRejects: { rows: csv.rejects, count: csv.rejected },
        checks:
          kind === 'transfer'
            ? [{ when: `f_bytes IS NOT NULL AND try_cast(f_bytes AS BIGINT) IS NULL`, reason: 'expected a whole number of bytes in the bytes column' }]
            : [{ when: `ok IS NULL`, reason: 'expected a result value in the result column' }],
      };
    },
  });
  return {
    ...loader,
    async preview(head, file) {
      const base = (await loader.preview?.(head, file)) ?? { mapping: {} };
      return { ...base, defaults: guessMapping(kind, csvHeader(head)) };
    },
  };
}

/** The `where` option (`Column=Value`) as the SQL condition of the rows kept; every row when absent. */
function whereSql(where: LoadOptions[string] | undefined, columns: string[], displayName: string): string {
  if (typeof where !== 'string' || where === '') return 'true';
  const eq = where.indexOf('=');
  const column = where.slice(0, Math.max(eq, 0));
  if (eq <= 0 || !columns.includes(column)) {
    throw new UserError('invalid_argument', `${displayName}: option where must be Column=Value with a column of the file (${columns.slice(0, 12).join(', ')}…), got "${where}".`);
  }
  return `coalesce(trim(CAST(${sqlIdent(column)} AS VARCHAR)) = ${sqlString(where.slice(eq + 1))}, false)`;
}
