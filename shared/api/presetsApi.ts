import { z } from 'zod';
import { limits } from '../limits';
import { loadOptionsSchema, sourceKinds, type SourceKind } from './sourcesApi';

/** A saved mapping: the format and loader options (columns per field, time zone…) to reuse on similar files. */
export interface MappingPresetDto {
  name: string;
  kind: SourceKind;
  format: string;
  options: Record<string, string | number | boolean>;
  savedAt: string;
}

/** Argument schemas of the preset methods. */
export const presetsArgs = {
  listPresets: z.object({ kind: z.enum(sourceKinds).optional() }).strict(),
  savePreset: z
    .object({ name: z.string().trim().min(1).max(limits.idChars), kind: z.enum(sourceKinds), format: z.string().min(1).max(64), options: loadOptionsSchema })
    .strict(),
};

/** Mapping presets, kept per analyst (not per case) so they carry across investigations. */
export interface PresetsApi {
  listPresets(a: z.input<typeof presetsArgs.listPresets>): Promise<MappingPresetDto[]>;
  savePreset(a: z.input<typeof presetsArgs.savePreset>): Promise<MappingPresetDto>;
}
