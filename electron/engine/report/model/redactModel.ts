import type { Masker } from '../../privacy/Masker';
import { maskDeep } from '../../privacy/maskDeep';
import type { ReportModel } from './ReportModel';

/**
 * The model as a report may show it. Unless the analyst opted in, everything passes the same personal-data rule as
 * every Api result (privacy/personalRule.ts): accounts masked, IPs masked except attack sources (the complete member sources of
 * campaign findings, never a takeover's success address unless a campaign used it: indicators to block). Only the analyst's own statements (controller, DPO contact…) stay as written.
 */
export function redactModel(m: ReportModel, masker: Masker): ReportModel {
  if (m.includePersonalData) return m;
  const { meta, ...rest } = m;
  return { ...maskDeep(rest, masker), meta, includePersonalData: false };
}
