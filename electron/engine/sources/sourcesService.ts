import type { RejectDto, SourcesApi } from '../../../shared/api/sourcesApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { queryRows } from '../sql/queryRows';
import { addSource } from './addSource';
import { ingestRequest } from './ingestRequest';
import { detectSource } from './detectSource';
import { readSources } from './sourceRow';
import { removeSource } from './removeSource';

/** Source methods of Api. */
export function sourcesService(ctx: EngineContext): ServiceOf<SourcesApi> {
  return {
    async listSources() {
      return requireCase(ctx).withConnection((c) => readSources(c));
    },
    async addSource(arg) {
      return addSource(requireCase(ctx), ingestRequest(ctx, arg));
    },
    async removeSource({ sourceId, sha256, reason }) {
      return removeSource(requireCase(ctx), sourceId, sha256, reason);
    },
    async detectSource({ path, kind }) {
      return detectSource(path, kind);
    },
    async listRejects({ sourceId, limit }) {
      return requireCase(ctx).withConnection((c) =>
        queryRows<RejectDto>(
          c,
          `SELECT line::DOUBLE AS line, column_name AS "column", reason, raw FROM rejects WHERE source_id = $sourceId ORDER BY line LIMIT $limit`,
          { sourceId, limit },
        ),
      );
    },
  };
}
