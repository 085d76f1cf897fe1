import { defineConfig } from 'vite';

// Electron main: the engine's native DuckDB binding stays external and is loaded from node_modules.
export default defineConfig({
  build: {
    rollupOptions: {
      external: ['@duckdb/node-api', '@duckdb/node-bindings'],
    },
  },
});
