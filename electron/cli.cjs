#!/usr/bin/env node
// The `breachdesk` command: runs the TypeScript CLI through tsx so no build step stands in the way.
require('tsx/cjs');
require('./cli.ts');
