import { defineConfig } from 'vite';
import { nativeExternalPatterns, nativeExternals } from './electron/packaging/nativeExternals.mts';

// The `breachdesk` command as one built file (dist/cli.cjs, so `appRoot` stays the repo root): bundled
// like the Electron main, native DuckDB external, so running it needs Node and node_modules/@duckdb only.
export default defineConfig({
  build: {
    ssr: 'electron/cli.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: nativeExternalPatterns,
      output: { format: 'cjs', entryFileNames: 'cli.cjs' },
    },
  },
  ssr: { noExternal: true, external: [...nativeExternals] },
});
