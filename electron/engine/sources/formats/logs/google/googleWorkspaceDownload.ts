import { clientIpSql } from '../clientIpSql';
import { eventParameter, isWorkspaceActivity, workspaceEvents, workspaceLayers, workspaceMapping } from './googleWorkspaceActivity';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Google Workspace Drive audit `download` events as transfers without byte counts. */
export const googleWorkspaceDownload = logLoader({
  format: 'gws-drive-download',
  kind: 'transfer',
  label: 'Google Workspace Drive audit: download events (Reports API; no byte counts)',
  stage: 'json',
  detect: isWorkspaceActivity,
  mapping: {
    ...workspaceMapping,
    bytes: 'none (NULL): Drive audit records no sizes, count events per user-hour',
    action: 'event name (download)',
    object: 'parameter doc_title, else doc_id',
  },
  notes: ['Only Drive events named download are loaded; other Drive activity is skipped.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: workspaceEvents(staged),
      layers: workspaceLayers({ doc: `coalesce(${eventParameter('doc_title')}, ${eventParameter('doc_id')})` }),
      parsed: 'j IS NOT NULL',
      relevant: `application = 'drive' AND event = 'download'`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'actor',
        bytes: 'CAST(NULL AS BIGINT)',
        action: 'event',
        object: 'doc',
        ip: clientIpSql('address'),
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in id.time',
      unparsed: 'expected a JSON object (one Reports API activity)',
    };
  },
});
