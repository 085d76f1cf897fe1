import { defineConfig } from 'vite';

// The CLI's masking worker (electron/engine/findings/MaskWorker.ts) as one built file beside dist/cli.cjs: it masks
// side-file rows in a worker thread and needs nothing native.
export default defineConfig({
  build: {
    ssr: 'electron/engine/findings/csvMaskWorker.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'csvMaskWorker.cjs' },
    },
  },
  ssr: { noExternal: true },
});
