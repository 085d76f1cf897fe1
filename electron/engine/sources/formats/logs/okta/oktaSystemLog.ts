import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers, jsonValue } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { oktaSigninColumns, oktaSigninEventSql, oktaSigninMapping, oktaSigninNote } from './oktaSignin';

/** Okta System Log events (API JSON, or Sentinel's flattened Okta_CL columns) that are sign-in attempts. */
export const oktaSystemLog = logLoader({
  format: 'okta-system-log',
  kind: 'signin',
  label: 'Okta System Log JSON (eventType, published, actor, outcome)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r) return false;
    return ('eventType' in r && 'published' in r && 'outcome' in r) || ('eventType_s' in r && 'published_t' in r);
  },
  mapping: oktaSigninMapping,
  notes: [oktaSigninNote],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: [
        ...jsonFieldLayers({
          time: ['published', 'published_t'],
          event: ['eventType', 'eventType_s'],
          login: ['actor.alternateId', 'actor_alternateId_s'],
          address: ['client.ipAddress', 'client_ipAddress_s'],
          result_text: ['outcome.result', 'outcome_result_s'],
          reason: ['outcome.reason', 'outcome_reason_s'],
          agent: ['client.userAgent.rawUserAgent', 'client_userAgent_rawUserAgent_s'],
          cc: ['client.geographicalContext.country', 'client_geographicalContext_country_s'],
          as_number: ['securityContext.asNumber', 'securityContext_asNumber_d'],
        }),
        { result: 'upper(result_text)', targets: jsonValue('target') },
      ],
      parsed: 'j IS NOT NULL',
      relevant: oktaSigninEventSql,
      columns: oktaSigninColumns(
        timezone,
        `coalesce(CASE WHEN json_type(targets) = 'ARRAY' THEN list_filter(CAST(json_extract(targets, '$[*]') AS JSON[]), lambda t: t->>'type' = 'AppInstance')[1]->>'displayName' END, 'Okta')`,
      ),
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in published',
      unparsed: 'expected a JSON object (one Okta System Log event)',
    };
  },
});
