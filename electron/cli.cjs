#!/usr/bin/env node
// The `breachdesk` command runs the built CLI (dist/cli.cjs, from `npm run build:cli`, which `npm ci` runs
// through `prepare`), so nothing compiles TypeScript at run time.
const fs = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(built)) {
  console.error(`breachdesk: ${built} is missing: run \`npm run build:cli\` (npm ci runs it too).`);
  process.exit(70);
}
require(built);
