import { z } from 'zod';

/** One shipped IP dataset as the case recorded it when loading it. */
export interface IpDatasetDto {
  role: string;
  name: string;
  version: string;
  dataDate: string;
  licence: string;
  attribution: string;
  ranges: number;
}

/** Where the case's countries and ASNs come from, the span of its logs, and a warning when the two are far apart. */
export interface IntelProvenanceDto {
  /** Empty until the datasets were first loaded into the case. */
  datasets: IpDatasetDto[];
  logsFrom: string | null;
  logsTo: string | null;
  warning: string | null;
}

/** Argument schemas of the IP intelligence methods. */
export const intelArgs = {
  ipIntelStatus: z.object({}).strict(),
  refreshIpIntel: z.object({}).strict(),
};

/** Offline IP intelligence: the dataset behind countries and ASNs, and the per-address table the detectors read. */
export interface IntelApi {
  ipIntelStatus(a: z.input<typeof intelArgs.ipIntelStatus>): Promise<IntelProvenanceDto>;
  /** Loads the datasets if needed and rebuilds `source_intel` when the logs changed; counts its addresses. */
  refreshIpIntel(a: z.input<typeof intelArgs.refreshIpIntel>): Promise<{ rebuilt: boolean; addresses: number; located: number; labelled: number }>;
}
