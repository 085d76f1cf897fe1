/** Largest inflation ratio accepted by default: text compresses 5–20×, a decompression bomb about 1000×. */
export const maxInflateRatio = 100;

/** Size every archive may inflate to whatever its ratio, so small, very repetitive logs still load. */
export const inflateFloorBytes = 32 * 1024 * 1024;

/** How far a gzip input may inflate before it is refused, and how to say so. */
export interface InflateLimit {
  bytes: number;
  /** Why this is the limit, for the refusal. */
  basis: string;
}

/**
 * The decompression cap of one gzip input: the analyst's own size when given, else the larger of maxInflateRatio ×
 * its compressed size and inflateFloorBytes.
 */
export function inflateLimit(compressedBytes: number, maxInflatedBytes?: number): InflateLimit {
  if (maxInflatedBytes !== undefined) return { bytes: maxInflatedBytes, basis: 'the limit set for this load' };
  const byRatio = compressedBytes * maxInflateRatio;
  return byRatio >= inflateFloorBytes
    ? { bytes: byRatio, basis: `${maxInflateRatio}× the archive's ${compressedBytes} bytes` }
    : { bytes: inflateFloorBytes, basis: `the default for archives under ${inflateFloorBytes / maxInflateRatio} bytes` };
}
