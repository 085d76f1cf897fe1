import { sqlString } from '../../../../sql/sqlString';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';

/** Whether a head holds Google Workspace Admin SDK Reports activities (NDJSON, array or `{"items": […]}`). */
export function isWorkspaceActivity(head: Buffer): boolean {
  const r = firstJsonRecord(head);
  if (!r) return false;
  return r.kind === 'admin#reports#activity' || (pathOf(r, 'id.applicationName') !== undefined && 'events' in r && 'actor' in r);
}

/**
 * FROM clause with one row per event of each activity (`events` is an array in the API, a single object
 * in some exports); a record that is not JSON keeps one row so it can be rejected.
 */
export function workspaceEvents(staged: string): string {
  return `(SELECT s.*, unnest(CASE WHEN j IS NULL OR json_type(j, '$.events') IS NULL THEN [CAST(NULL AS JSON)]
      WHEN json_type(j, '$.events') = 'ARRAY' THEN CAST(json_extract(j, '$.events[*]') AS JSON[])
      ELSE [json_extract(j, '$.events')] END) AS ev FROM ${staged} s)`;
}

/** SQL: the value of a named parameter of an event (`value`, else `intValue`, `boolValue`, or the joined `multiValue`). */
export function eventParameter(name: string): string {
  const p = `list_filter(CAST(json_extract(ev, '$.parameters[*]') AS JSON[]), lambda p: p->>'name' = ${sqlString(name)})[1]`;
  return `CASE WHEN json_type(ev, '$.parameters') = 'ARRAY' THEN coalesce(${p}->>'value', ${p}->>'intValue', ${p}->>'boolValue', array_to_string(CAST(${p}->'multiValue' AS VARCHAR[]), ',')) END`;
}

/** The activity fields both Workspace loaders read once per event (two layers: one JSON parse, then the picks and the event name). */
export function workspaceLayers(extra: Record<string, string>): Array<Record<string, string>> {
  const [fields, picks] = jsonFieldLayers({ time: ['id.time'], application: ['id.applicationName'], actor: ['actor.email', 'actor.profileId'], address: ['ipAddress'] });
  return [fields, { ...picks, event: `ev->>'name'`, ...extra }];
}

/** Mapping entries common to both Workspace loaders. */
export const workspaceMapping: Record<string, string> = {
  ts: 'id.time',
  user: 'actor.email',
  ip: 'ipAddress',
};
