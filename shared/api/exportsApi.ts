import { z } from 'zod';

/** One bucket of the bytes-over-time chart. */
export interface TransferBucketDto {
  bucket: string;
  bytes: number;
  events: number;
}

/** Argument schemas of the export-volume methods. */
export const exportsArgs = {
  transferPerHour: z
    .object({ sourceId: z.number().int().positive().optional(), maxBuckets: z.number().int().min(1).max(5000).default(2000) })
    .strict(),
};

/** Export volumes over time, aggregated in SQL. */
export interface ExportsApi {
  transferPerHour(a: z.input<typeof exportsArgs.transferPerHour>): Promise<TransferBucketDto[]>;
}
