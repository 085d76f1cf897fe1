import { clientIpSql } from '../clientIpSql';
import { entraOutcome } from '../entra/entraOutcome';
import { entraCodeSql, textReasonSql } from '../failureReason';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import { isUalCsv, isUalJson, stageUal, ualFields, ualMapping } from './o365Audit';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Office 365 unified audit log UserLoggedIn / UserLoginFailed records as sign-ins. */
export const o365SignIn = logLoader({
  format: 'o365-ual-signin',
  kind: 'signin',
  label: 'Office 365 unified audit log: UserLoggedIn / UserLoginFailed (JSON or Purview CSV)',
  stage: 'custom',
  detect: (head) => isUalJson(head) || isUalCsv(head),
  mapping: {
    ...ualMapping,
    success: 'Operation UserLoggedIn (unless ResultStatus says failed)',
    failure_reason: 'ErrorNumber via the Entra code table, else LogonError text',
    result_code: 'ErrorNumber, else LogonError, else ResultStatus',
    app: 'Workload',
    user_agent: 'ExtendedProperties UserAgent',
  },
  notes: ['Only UserLoggedIn and UserLoginFailed records are loaded; other operations are skipped.'],
  async build({ c, file, displayName, head, staged, timezone }): Promise<RecordMapping> {
    const stagingRejects = await stageUal(c, file, head, staged, displayName);
    const failedStatus = `lower(coalesce(status, '')) IN ('failed', 'failure', 'false')`;
    const ok = `(operation = 'UserLoggedIn' AND NOT ${failedStatus})`;
    const entra = entraOutcome('code_n');
    const [fields, picks] = jsonFieldLayers({ ...ualFields, status: ['ResultStatus'], error_number: ['ErrorNumber'], logon_error: ['LogonError'] });
    return {
      from: staged,
      stagingRejects,
      layers: [
        fields,
        {
          ...picks,
          agent: `CASE WHEN json_type(j, '$.ExtendedProperties') = 'ARRAY' THEN list_filter(CAST(json_extract(j, '$.ExtendedProperties[*]') AS JSON[]), lambda p: p->>'Name' = 'UserAgent')[1]->>'Value' END`,
        },
        { code_n: entraCodeSql('error_number') },
      ],
      parsed: 'j IS NOT NULL',
      relevant: `operation IN ('UserLoggedIn', 'UserLoginFailed')`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'account',
        ip: clientIpSql('address'),
        success: ok,
        failure_reason: `CASE WHEN ${ok} THEN NULL WHEN code_n IS NOT NULL AND code_n <> '0' THEN ${entra.failure_reason} ELSE ${textReasonSql('logon_error')} END`,
        result_code: `coalesce(nullif(code_n, '0'), logon_error, status)`,
        app: 'workload',
        user_agent: 'agent',
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in CreationTime',
      unparsed: 'expected a JSON object (one unified audit log record)',
    };
  },
});
