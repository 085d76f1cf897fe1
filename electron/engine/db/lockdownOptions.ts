import os from 'node:os';

/**
 * The memory a case may use when the caller sets none: a quarter of RAM, between 512 MB and 2 GB, so a
 * 10 GB ingest spills to the case's temp folder instead of growing the process, while classifying 10 M sign-ins does
 * not spill its joins (BREACHDESK_MEMORY_LIMIT overrides).
 */
export function defaultMemoryLimit(totalBytes = os.totalmem()): string {
  const fromEnv = process.env.BREACHDESK_MEMORY_LIMIT;
  if (fromEnv && /^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(fromEnv)) return fromEnv;
  const mb = Math.max(512, Math.min(2048, Math.floor(totalBytes / 4 / (1 << 20))));
  return `${mb}MB`;
}

/**
 * The storage format a new case file is written in. DuckDB otherwise writes the v1.0 format for old readers, whose
 * text compression costs about a quarter of a large load's CPU; Breachdesk pins its DuckDB, so its cases need no old
 * reader. A case created in the older format keeps it (DuckDB reads and writes both).
 */
export const caseStorageVersion = 'v1.5.0';

/** DuckDB creation options that keep a case offline: no extension download or load, bounded memory, spills inside the case. */
export function lockdownOptions(tempDir: string, memoryLimit?: string): Record<string, string> {
  return {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    temp_directory: tempDir,
    memory_limit: memoryLimit || defaultMemoryLimit(),
    storage_compatibility_version: caseStorageVersion,
  };
}
