import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { cloudTrailFields, cloudTrailMapping, cloudTrailRecordsSql, isCloudTrail } from './cloudTrailRecord';
import { textReasonSql } from '../failureReason';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { cloudTrailHiddenUser, withheldUserSql } from '../withheldUserSql';
import { zonedTimeSql } from '../zonedTimeSql';

/** AWS CloudTrail ConsoleLogin events as sign-ins (Success / Failure with its errorMessage). */
export const cloudTrailConsoleLogin = logLoader({
  format: 'cloudtrail-consolelogin',
  kind: 'signin',
  label: 'AWS CloudTrail ConsoleLogin (NDJSON, {"Records": […]}, or Event history: lookup-events)',
  stage: 'json',
  detect: isCloudTrail,
  mapping: {
    ...cloudTrailMapping,
    success: 'responseElements.ConsoleLogin = Success',
    user: `${cloudTrailMapping.user}; none when AWS withheld the name typed (${cloudTrailHiddenUser}: it matched no IAM user)`,
    failure_reason: `errorMessage ("Failed authentication" bad_password, "No username found…" no_such_user); no_such_user when the name is ${cloudTrailHiddenUser}`,
    result_code: 'errorMessage, else responseElements.ConsoleLogin',
    app: 'AWS Console',
    user_agent: 'userAgent',
  },
  notes: ['Only ConsoleLogin events are loaded; other API calls are skipped.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: cloudTrailRecordsSql(staged),
      layers: jsonFieldLayers({ ...cloudTrailFields, verdict: ['responseElements.ConsoleLogin'], error: ['errorMessage'] }),
      parsed: 'j IS NOT NULL',
      relevant: `event = 'ConsoleLogin'`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: withheldUserSql('principal', cloudTrailHiddenUser),
        ip: clientIpSql('address'),
        success: `coalesce(verdict = 'Success', false)`,
        failure_reason: `CASE WHEN verdict = 'Success' THEN NULL WHEN principal = ${sqlString(cloudTrailHiddenUser)} THEN 'no_such_user' ELSE ${textReasonSql('error')} END`,
        result_code: 'coalesce(error, verdict)',
        app: `'AWS Console'`,
        user_agent: 'agent',
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in eventTime',
      unparsed: 'expected a JSON object (one CloudTrail record)',
    };
  },
});
