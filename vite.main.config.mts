import { defineConfig } from 'vite';
import { nativeExternalPatterns } from './electron/packaging/nativeExternals.mts';

// Electron main: the engine is bundled; only DuckDB's native binding stays external and ships in the package.
export default defineConfig({
  build: {
    rollupOptions: {
      external: nativeExternalPatterns,
    },
  },
});
