import { jsonFieldLayers } from '../jsonFields';
import type { RecordMapping } from '../RecordMapping';
import { windowsAccountEvents, windowsAccountNames } from './windowsAccountEvents';
import { windowsLogonColumns, windowsLogonLayers, windowsLogonNames, windowsLogonRelevant } from './windowsLogon';
import type { DateOrder } from '../zonedTimeSql';

/** The mapping every Windows event staged as one JSON record shares (Winlogbeat/NXLog JSON and native EVTX alike), its account events included. */
export function windowsJsonRecordMapping(staged: string, timezone: string, dateOrder: DateOrder | undefined): Pick<RecordMapping, 'from' | 'layers' | 'parsed' | 'relevant' | 'columns' | 'timeText' | 'accountEvents'> {
  return {
    from: staged,
    layers: [...jsonFieldLayers(windowsLogonNames), ...windowsLogonLayers(timezone, dateOrder)],
    parsed: 'j IS NOT NULL',
    relevant: windowsLogonRelevant,
    columns: windowsLogonColumns(),
    timeText: 'time',
    accountEvents: windowsAccountEvents(jsonFieldLayers(windowsAccountNames), timezone, dateOrder),
  };
}
