/** Honest behaviours the blind transfer generator writes, each a label a wrong finding is named by. */
export const exportHonest = [
  'everyday',
  'dev_containers',
  'dev_vm_image',
  'video_footage',
  'backup_nightly',
  'backup_full',
  'backup_incremental',
  'ci_runner',
  'etl_job',
  'shared_kiosk',
  'leave_return_sync',
  'reimage_resync',
  'allhands_stream',
  'finance_month_end',
  'finance_quarter_end',
] as const;
/** One of exportHonest. */
export type ExportHonest = (typeof exportHonest)[number];

/** Exfiltration the blind generator writes, drawn independently of the house generator. */
export const exportExfil = ['leaver', 'staged', 'slow_low', 'service_compromise', 'many_small', 'night_0300'] as const;
/** One of exportExfil. */
export type ExportExfil = (typeof exportExfil)[number];

/** One transfer with its truth (the label is never written to the CSV). */
export interface BlindTransfer {
  ts: number;
  user: string;
  /** Bytes moved; null for a record whose byte field the log left empty. */
  bytes: number | null;
  label: ExportHonest | ExportExfil;
}

/** One exfiltration: its class, the account and the UTC hour floors it moved data in. */
export interface ExfilIncident {
  cls: ExportExfil;
  user: string;
  hours: Set<number>;
  bytes: number;
}

/** What one user-hour held: bytes per honest label, and the exfiltration classes moving data in it. */
export interface UserHourTruth {
  honest: Partial<Record<ExportHonest, number>>;
  exfil: Set<ExportExfil>;
}

/** True for a label naming an exfiltration. */
export function isExfil(label: string): label is ExportExfil {
  return (exportExfil as readonly string[]).includes(label);
}

/** The truth of a blind transfer log folded per (user, hour), and every incident. */
export interface BlindExportTruth {
  userHours: Map<string, UserHourTruth>;
  incidents: ExfilIncident[];
}

/** The key of a user-hour in the truth map. */
export const userHourKey = (user: string, hour: number) => `${user}|${hour}`;
