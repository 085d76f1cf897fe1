/**
 * The only packages the main bundle leaves external: DuckDB's N-API binding loads a platform `.node`
 * file that no bundler can inline. Everything else (engine, zod, shared code) is bundled.
 */
export const nativeExternals = ['@duckdb/node-api', '@duckdb/node-bindings'] as const;

/** True for an import of a native external or a file inside one (`@duckdb/node-api/lib/x`). */
export function isNativeExternal(id: string): boolean {
  return nativeExternals.some((name) => id === name || id.startsWith(`${name}/`));
}

/** The same externals as bundler patterns (a RegExp list merges with Forge's own external array). */
export const nativeExternalPatterns: RegExp[] = nativeExternals.map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/|$)`));
