import fs from 'node:fs';
import { privateFileMode } from '../db/makePrivate';

/**
 * Moves the finished file to `out`, whole or not at all: renamed when both are on one file system (the case's scratch
 * file is tens of megabytes, and copying then deleting it blocked the thread), else copied beside `out`, renamed, and the scratch file removed.
 */
export function moveFile(scratch: string, out: string): void {
  try {
    fs.renameSync(scratch, out);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
  }
  const partial = `${out}.partial-${process.pid}`;
  try {
    fs.copyFileSync(scratch, partial, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(partial, privateFileMode);
    fs.renameSync(partial, out);
    fs.rmSync(scratch);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}
