import type { LoadOptions } from '../engine/sources/Loader';
import { fieldOption, mappedFields } from '../engine/sources/formats/mapped/mappedFields';
import { mappingPresets } from '../engine/sources/formats/mapped/mappingPresets';

/** The parseArgs options every loading command (`ingest`, `analyze`) takes, so they cannot drift apart. */
export const loadFlagSpec = {
  year: { type: 'string' },
  'max-reject-share': { type: 'string' },
  'max-inflated-bytes': { type: 'string' },
  format: { type: 'string' },
  tz: { type: 'string' },
  map: { type: 'string' },
  'date-order': { type: 'string' },
} as const;

/** The usage lines of the loading options. */
export const loadFlagsHelp = `Loading options (ingest and analyze):
  --format F              force a format instead of detecting it (names as in the Sources screen's list)
  --max-reject-share S    load a file even when up to this share (0-1) of its rows is malformed; default 0.01, and
                          at least 10 malformed rows are allowed unless S is 0. A refused file's good rows load with 1.
  --max-inflated-bytes N  how far a gzip input may inflate, in bytes (a decompression-bomb guard)
  --year N                the year of syslog lines (they carry none)
  --tz ZONE               the IANA time zone of zone-less times (e.g. Europe/Paris); default UTC
  --date-order mdy|dmy    the order of numeric dates (1/9/2007); default: the order the file's dates show, else mdy
                          (dmy for an Event Viewer CSV saved in German, French or Spanish)
  --map FIELD=COLUMN,...  load a headed CSV with your column for each field (ts, user, ip, result, app, user_agent, reason;
                          transfers: ts, user, bytes, action, object, ip), or --map PRESET (${Object.keys(mappingPresets).join(', ')})`;

/** What the loading options ask for, as the Api takes them. */
export interface LoadFlags {
  maxRejectShare?: number;
  maxInflatedBytes?: number;
  format?: string;
  options: LoadOptions;
}

/** Turns the loading options into Api arguments; throws an Error naming the option when a value is wrong. */
export function loadFlags(values: Partial<Record<keyof typeof loadFlagSpec, string>>, kind: 'signin' | 'transfer' | 'leak'): LoadFlags {
  const options: LoadOptions = {};
  const out: LoadFlags = { options };
  if (values.year !== undefined) {
    if (!/^[0-9]{4}$/.test(values.year)) throw new Error(`--year must be a four-digit year such as 2024, got "${values.year}".`);
    options.year = Number(values.year);
  }
  if (values['max-reject-share'] !== undefined) {
    const share = Number(values['max-reject-share']);
    if (values['max-reject-share'].trim() === '' || !Number.isFinite(share) || share < 0 || share > 1) {
      throw new Error(`--max-reject-share must be a share between 0 and 1 (e.g. 0.05 or 1), got "${values['max-reject-share']}".`);
    }
    out.maxRejectShare = share;
  }
  if (values['max-inflated-bytes'] !== undefined) out.maxInflatedBytes = inflatedBytes(values['max-inflated-bytes']);
  if (values.tz !== undefined) options.timezone = values.tz;
  if (values['date-order'] !== undefined) {
    if (values['date-order'] !== 'mdy' && values['date-order'] !== 'dmy') throw new Error(`--date-order must be mdy or dmy, got "${values['date-order']}".`);
    options.dateOrder = values['date-order'];
  }
  if (values.format !== undefined) out.format = values.format;
  if (values.map !== undefined && kind !== 'leak') {
    Object.assign(options, parseMap(values.map, kind));
    out.format ??= `mapped-csv-${kind}`;
  }
  return out;
}

/** `ts=TimeGenerated,user=UserName` (plus `where=Column=Value`, `resultKey=K`, `unknownUser=V`, `successValues=a|b`) or a preset name → the mapped-CSV loader's options. */
function parseMap(text: string, kind: 'signin' | 'transfer'): LoadOptions {
  const preset = mappingPresets[text.trim()];
  if (preset) {
    if (preset.kind !== kind) throw new Error(`--map ${text.trim()} is a ${preset.kind} preset; give the file with --${preset.kind}.`);
    return { ...preset.options };
  }
  const fields = mappedFields[kind].map((f) => f.field);
  const options: LoadOptions = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--map expects FIELD=COLUMN pairs separated by commas, or a preset (${Object.keys(mappingPresets).join(', ')}); got "${pair}".`);
    const field = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (field === 'successValues') options.successValues = value.split('|').join(',');
    else if (field === 'where' || field === 'resultKey' || field === 'unknownUser') options[field] = value;
    else if (fields.includes(field)) options[fieldOption(field)] = value;
    else throw new Error(`--map: unknown field "${field}"; the ${kind} fields are ${fields.join(', ')} (and where, resultKey, unknownUser, successValues).`);
  }
  return options;
}

/** The `--max-inflated-bytes` value: a whole number of bytes. */
export function inflatedBytes(text: string): number {
  if (!/^[1-9][0-9]*$/.test(text.trim())) throw new Error(`--max-inflated-bytes must be a whole number of bytes, got "${text}".`);
  return Number(text);
}
