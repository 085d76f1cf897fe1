import { defineConfig } from 'vite';

// The preload: one small sandboxed bundle exposing the generated Api bridge.
export default defineConfig({});
