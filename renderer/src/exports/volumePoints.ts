import type { ExportUnit, TransferBucketDto } from '../../../shared/api/exportsApi';
import type { FlaggedHour } from './FlaggedHour';

/** One chart point: the bucket's total and the largest user-hour each method flagged in it. */
export interface VolumePoint {
  bucket: string;
  total: number;
  reference?: number;
  baseline?: number;
}

/** The bucket (start) an hour falls in, given the sorted bucket starts. */
function bucketOf(starts: number[], hour: number): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || hour < (starts[0] ?? 0)) return undefined;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= hour) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}

/** Merges the per-hour totals with the flagged user-hours of both methods, in the chart's unit. */
export function volumePoints(buckets: TransferBucketDto[], unit: ExportUnit, reference: FlaggedHour[], baseline: FlaggedHour[]): VolumePoint[] {
  const points = buckets.map((b) => ({ bucket: b.bucket, total: unit === 'bytes' ? b.bytes : b.events }) as VolumePoint);
  const starts = buckets.map((b) => Date.parse(b.bucket));
  const index = new Map(starts.map((t, i) => [t, i]));
  const mark = (rows: FlaggedHour[], key: 'reference' | 'baseline') => {
    for (const r of rows) {
      if (r.unit !== unit) continue;
      const start = bucketOf(starts, Date.parse(r.hour));
      const p = start === undefined ? undefined : points[index.get(start) ?? -1];
      if (p) p[key] = Math.max(p[key] ?? 0, r.bytes);
    }
  };
  mark(reference, 'reference');
  mark(baseline, 'baseline');
  return points;
}
