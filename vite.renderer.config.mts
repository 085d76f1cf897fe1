import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer build. Forge bundles it into .vite/renderer/main_window for Electron; `npm run
// build:renderer` passes --outDir dist/renderer for the bridge.
export default defineConfig({
  root: `${here}renderer`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}.vite/renderer/main_window`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
