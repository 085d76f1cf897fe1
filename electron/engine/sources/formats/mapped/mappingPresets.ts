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
 * writes when it withholds a user name that matched no IAM user loads as no user.
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
};
