import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { csvHeader } from '../logs/csvHeader';
import { looksLikeHeadedCsv } from './mappedCsv';
import { mappingPresets } from './mappingPresets';

/**
 * The built-in `--map` preset of `kind` whose every named column (its fields and its `where` filter) is in a headed CSV's
 * header, case-insensitively and with Log Analytics' ` [UTC]` suffix as the mapped loader matches them, or null: a Sentinel table export carries them all among its own, so its refusal can name
 * the preset rather than list every format.
 */
export function presetForHeader(kind: Exclude<SourceKind, 'leak'>, head: Buffer): string | null {
  if (!looksLikeHeadedCsv(head)) return null;
  const columns = new Set(csvHeader(head).map((c) => c.trim().toLowerCase().replace(/ \[utc\]$/, '')));
  for (const [name, preset] of Object.entries(mappingPresets)) {
    if (preset.kind !== kind) continue;
    const named = Object.entries(preset.options).flatMap(([key, value]) =>
      key.startsWith('field.') ? [String(value)] : key === 'where' ? [String(value).split('=')[0] ?? ''] : [],
    );
    if (named.length > 0 && named.every((c) => columns.has(c.toLowerCase()))) return name;
  }
  return null;
}
