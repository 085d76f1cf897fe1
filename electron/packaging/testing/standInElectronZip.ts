import fs from 'node:fs';
import path from 'node:path';
import { writeStoredZip } from './writeStoredZip';

/** The marker @electron/fuses searches the Electron binary for; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse wire length of the stand-in: as many fuses as @electron/fuses V1 knows. */
export const STAND_IN_FUSE_COUNT = 8;

/**
 * Writes `electron-v<version>-linux-<arch>.zip` into `dir`, named as @electron/packager's
 * `electronZipDir` expects: a stand-in `electron` executable carrying the fuse sentinel and a V1
 * wire of unset ('0') fuses, so packaging and fuse flipping run here without GitHub. It cannot run.
 */
export function writeStandInElectronZip(dir: string, version: string, arch: string): string {
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'ascii'), Buffer.from([1, STAND_IN_FUSE_COUNT]), Buffer.alloc(STAND_IN_FUSE_COUNT, '0')]);
  const electron = Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron for packaging tests" >&2\nexit 1\n# '), wire, Buffer.from('\n')]);
  const file = path.join(dir, `electron-v${version}-linux-${arch}.zip`);
  fs.mkdirSync(dir, { recursive: true });
  writeStoredZip(file, [
    { name: 'electron', data: electron, mode: 0o755 },
    { name: 'version', data: Buffer.from(version), mode: 0o644 },
    { name: 'LICENSE', data: Buffer.from('stand-in for tests\n'), mode: 0o644 },
    { name: 'resources/default_app.asar', data: Buffer.from('stand-in\n'), mode: 0o644 },
  ]);
  return file;
}
