import type { LoadOptions } from '../../Loader';
import { cloudTrailHiddenUser } from '../logs/withheldUserSql';

/** A built-in column mapping for a known export whose layout no detector claims (chosen with `--map NAME`). */
export interface MappingPreset {
  kind: 'signin' | 'transfer';
  description: string;
  options: LoadOptions;
}

/**
 * Built-in presets of the mapped-CSV loader. `sentinel-cloudtrail-consolelogin`: Microsoft Sentinel / Log Analytics
 * `AWSCloudTrail` table exported as CSV; only ConsoleLogin rows are sign-ins (the others are skipped and counted), the
 * verdict is the `ConsoleLogin` key of ResponseElements and the failure reason comes from ErrorMessage; the name AWS
 * writes when it withholds a user name that matched no IAM user loads as no user. `sentinel-okta-signin`: the Okta System
 * Log as Sentinel's Okta connector stores it (`Okta_CL`, `OktaV2_CL`: each field flattened with a type suffix,
 * `actor_alternateId_s`, `outcome_result_s`…), its `user.session.start` rows, the reason from outcome_reason_s.
 */
export const mappingPresets: Record<string, MappingPreset> = {
  'sentinel-cloudtrail-consolelogin': {
    kind: 'signin',
    description: 'Sentinel / Log Analytics AWSCloudTrail CSV export, ConsoleLogin rows',
    options: {
      'field.ts': 'TimeGenerated',
      'field.user': 'UserIdentityUserName',
      'field.ip': 'SourceIpAddress',
      'field.result': 'ResponseElements',
      'field.reason': 'ErrorMessage',
      'field.app': 'EventSource',
      'field.user_agent': 'UserAgent',
      resultKey: 'ConsoleLogin',
      unknownUser: cloudTrailHiddenUser,
      where: 'EventName=ConsoleLogin',
    },
  },
  'sentinel-okta-signin': {
    kind: 'signin',
    description: 'Sentinel Okta_CL / OktaV2_CL CSV export, user.session.start rows',
    options: {
      'field.ts': 'published_t',
      'field.user': 'actor_alternateId_s',
      'field.ip': 'client_ipAddress_s',
      'field.result': 'outcome_result_s',
      'field.reason': 'outcome_reason_s',
      'field.user_agent': 'client_userAgent_rawUserAgent_s',
      where: 'eventType_s=user.session.start',
    },
  },
};
