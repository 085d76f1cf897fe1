import { exportParamsSchema, spikeParamsSchema } from '../../../shared/api/detectParams';
import type { RunSummaryDto } from '../../../shared/api/findingsApi';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { runDetectors } from '../findings/runDetectors';

/**
 * Runs every detector with defaults on the case's IP intel as it stands, without the dataset lookup the Api's
 * runDetectors does first: for the harnesses that plant synthetic intel (which the lookup would replace) or that
 * measure the detectors without any (the blind runs' and the sweep's "no intel" figures).
 */
export async function runDetectorsWithoutLookup(engine: Engine): Promise<RunSummaryDto> {
  const db = requireCase(engine.ctx);
  return db.withConnection(async (c) => (await runDetectors(c, spikeParamsSchema.parse({}), exportParamsSchema.parse({}), db.memo)).summary);
}
