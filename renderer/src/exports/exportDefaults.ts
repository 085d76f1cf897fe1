import { exportParamsSchema, type ExportParams } from '../../../shared/api/detectParams';

/** The export detectors' reference defaults, taken from the contract's schema so they never drift. */
export const exportDefaults: ExportParams = exportParamsSchema.parse({});
