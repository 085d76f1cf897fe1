import { clientIpSql } from '../clientIpSql';
import { cloudTrailFields, cloudTrailMapping, cloudTrailRecordsSql, isCloudTrail } from './cloudTrailRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** AWS CloudTrail S3 data events carrying additionalEventData.bytesTransferredOut, as transfers. */
export const cloudTrailS3Transfer = logLoader({
  format: 'cloudtrail-s3',
  kind: 'transfer',
  label: 'AWS CloudTrail S3 data events with bytesTransferredOut (NDJSON, {"Records": […]}, or Event history: lookup-events)',
  stage: 'json',
  detect: isCloudTrail,
  mapping: {
    ...cloudTrailMapping,
    bytes: 'additionalEventData.bytesTransferredOut (rounded to whole bytes)',
    action: 'eventName (GetObject, ListObjects…)',
    object: 'requestParameters.bucketName / requestParameters.key',
  },
  notes: ['Only s3.amazonaws.com events with bytesTransferredOut are loaded; management events are skipped.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: cloudTrailRecordsSql(staged),
      layers: jsonFieldLayers({
        ...cloudTrailFields,
        bytes_text: ['additionalEventData.bytesTransferredOut'],
        bucket: ['requestParameters.bucketName'],
        key: ['requestParameters.key'],
      }),
      parsed: 'j IS NOT NULL',
      relevant: `source = 's3.amazonaws.com' AND bytes_text IS NOT NULL`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'principal',
        bytes: 'CAST(round(try_cast(bytes_text AS DOUBLE)) AS BIGINT)',
        action: 'event',
        object: `concat_ws('/', bucket, key)`,
        ip: clientIpSql('address'),
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in eventTime',
      unparsed: 'expected a JSON object (one CloudTrail record)',
      checks: [{ when: 'try_cast(bytes_text AS DOUBLE) IS NULL OR try_cast(bytes_text AS DOUBLE) < 0', reason: 'expected a non-negative number in additionalEventData.bytesTransferredOut' }],
    };
  },
});
