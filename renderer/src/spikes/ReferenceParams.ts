import type { SpikeParams } from '../../../shared/api/detectParams';

/** The reference rule's parameters as the form edits them. */
export type ReferenceParams = SpikeParams['reference'];

/** The reference defaults of docs/design.md §1: codes 50126, 50053, 50055, 50056, 5-minute bins, count > 5. */
export const referenceDefaults: ReferenceParams = { failureCodes: ['50126', '50053', '50055', '50056'], binMinutes: 5, minExclusive: 5 };
