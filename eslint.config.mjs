import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronBan = { name: 'electron', message: 'Only electron/main and electron/preload may import electron (docs/design.md §2).' };
const nodeBan = { group: ['node:*'], message: 'The renderer runs in a browser sandbox: no Node modules (docs/design.md §2).' };
// Test support lives in electron/engine/testing/ (and e2e/, bench/): shipped code must not load it.
const testingBan = { group: ['**/testing/**'], message: 'Shipped code never imports test support (electron/engine/testing/).' };

// Lint is where the layer rules of docs/design.md §2 are enforced: a violation fails `npm test`.
export default tseslint.config(
  { ignores: ['node_modules/', '.vite/', 'dist/', 'out/', 'test-results/', 'playwright-report/', '.demo-case/', '.bench-cache/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', require: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http'], message: 'shared/ is the contract: no Node modules.' },
            { group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*', '**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing outside itself.' },
            { group: ['react', 'react-dom', 'recharts', '@duckdb/*'], message: 'shared/ imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require'],
    },
  },
  {
    files: ['electron/engine/**/*.ts', 'electron/server/**/*.ts', 'electron/cli.ts', 'electron/cli/**/*.ts', 'electron/paths.ts', 'electron/start.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'The engine and the bridge never import the renderer or Electron glue.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...['fs', 'path', 'os', 'crypto', 'child_process', 'http'].map((name) => ({ name, message: nodeBan.message }))],
          patterns: [nodeBan, { group: ['**/electron/**', '@duckdb/*'], message: 'The renderer reaches the engine only through api.' }],
        },
      ],
    },
  },
  {
    // A rule name of its own, so that it adds to the layer rules above instead of replacing their no-restricted-imports.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    ignores: ['electron/engine/testing/**', '**/*.test.ts', 'e2e/**', 'bench/**', 'playwright.config.ts', 'vitest.config.mts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [testingBan] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/engine/**', '**/server/**', 'node:*'], message: 'The preload exposes Api methods only; it never loads the engine.' }] },
      ],
    },
  },
);
