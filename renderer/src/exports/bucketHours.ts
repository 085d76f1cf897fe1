import type { TransferBucketDto } from '../../../shared/api/exportsApi';

/** The width in hours of the engine's transfer buckets (uniform and gap-filled, one hour unless the span is long), so a chart can say what one bar is. */
export function bucketHours(buckets: TransferBucketDto[]): number {
  const [first, second] = buckets;
  if (!first || !second) return 1;
  return Math.max(1, Math.round((Date.parse(second.bucket) - Date.parse(first.bucket)) / 3_600_000));
}
