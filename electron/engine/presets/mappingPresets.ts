import fs from 'node:fs';
import path from 'node:path';
import type { MappingPresetDto } from '../../../shared/api/presetsApi';
import { privateDirMode, privateFileMode } from '../db/makePrivate';

const fileName = 'mapping-presets.json';

/** Reads the analyst's saved mapping presets, sorted by name. */
export function readPresets(userDataDir: string): MappingPresetDto[] {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(userDataDir, fileName), 'utf8'));
    return Array.isArray(parsed) ? (parsed as MappingPresetDto[]).filter((p) => typeof p?.name === 'string').sort((a, b) => a.name.localeCompare(b.name)) : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name and kind) a mapping preset. */
export function writePreset(userDataDir: string, preset: Omit<MappingPresetDto, 'savedAt'>): MappingPresetDto {
  const saved = { ...preset, savedAt: new Date().toISOString() };
  const rest = readPresets(userDataDir).filter((p) => !(p.name === preset.name && p.kind === preset.kind));
  fs.mkdirSync(userDataDir, { recursive: true, mode: privateDirMode });
  fs.writeFileSync(path.join(userDataDir, fileName), JSON.stringify([...rest, saved], null, 2), { mode: privateFileMode });
  return saved;
}
