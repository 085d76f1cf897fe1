import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary } from './electronBinary';
import { appRoot, demoCaseDir } from './paths';

// `npm start`: opens the demo case in Electron where its binary exists, else serves the same workbench
// over the loopback bridge and prints the address to open.
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// The CLI from source (tsx), so `npm start` always runs the code as it is now, not an older dist build.
const cli = ['--import', 'tsx', path.join(appRoot, 'electron', 'cli.ts')];
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: appRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log('Preparing the demo case (synthetic data, generated on this machine)…');
run(process.execPath, [...cli, 'demo', '--case', demoCaseDir]);

const electron = electronBinary();
if ('path' in electron) {
  console.log('Starting Breachdesk in Electron…');
  const child = spawn(npx, ['electron-forge', 'start'], { cwd: appRoot, stdio: 'inherit', env: { ...process.env, BREACHDESK_CASE: demoCaseDir } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron cannot start here: ${electron.missing}.`);
  console.log('Serving the same workbench on the loopback bridge instead.');
  run(npx, ['vite', 'build', '-c', 'vite.renderer.config.mts', '--outDir', '../dist/renderer', '--logLevel', 'warn']);
  const child = spawn(process.execPath, [...cli, 'serve', '--case', demoCaseDir, ...process.argv.slice(2)], { cwd: appRoot, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
