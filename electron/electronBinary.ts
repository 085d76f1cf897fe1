import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from './paths';

/**
 * The Electron executable if it is installed, else why not. Never `require('electron')` to find out:
 * that tries to download the binary from the network.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const pkgDir = path.join(appRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pkgDir)) return { missing: 'the electron package is not installed (run npm ci)' };
  if (!fs.existsSync(pathFile)) {
    return { missing: 'the Electron binary was never downloaded (its install script needs GitHub, which this machine cannot reach)' };
  }
  const exe = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? { path: exe } : { missing: `the Electron binary ${exe} is missing` };
}
