import type { PresetsApi } from '../../../shared/api/presetsApi';
import type { ServiceOf } from '../EngineApi';
import { UserError } from '../../../shared/userError';
import type { EngineContext } from '../case/CaseContext';
import { loaders } from '../sources/loaders';
import { readPresets, writePreset } from './mappingPresets';

/** Mapping-preset methods of Api. */
export function presetsService(ctx: EngineContext): ServiceOf<PresetsApi> {
  return {
    async listPresets({ kind }) {
      return readPresets(ctx.userDataDir).filter((p) => kind === undefined || p.kind === kind);
    },
    async savePreset({ name, kind, format, options }) {
      if (!loaders.some((l) => l.kind === kind && l.format === format)) throw new UserError('invalid_argument', `No ${kind} format "${format}".`);
      return writePreset(ctx.userDataDir, { name, kind, format, options });
    },
  };
}
