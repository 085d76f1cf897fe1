import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveFile } from './moveFile';

/** A folder on another file system than the temp folder, where this machine has one (a tmpfs), else null. */
function otherFileSystem(): string | null {
  const shm = '/dev/shm';
  if (!fs.existsSync(shm) || fs.statSync(shm).dev === fs.statSync(os.tmpdir()).dev) return null;
  try {
    return fs.mkdtempSync(path.join(shm, 'breachdesk-move-'));
  } catch {
    return null;
  }
}

describe('moveFile', () => {
  let work: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-move-'));
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('renames within one file system, replacing the target, leaving nothing else behind', () => {
    const scratch = path.join(work, 'scratch.csv');
    const out = path.join(work, 'out', 'list.csv');
    fs.mkdirSync(path.dirname(out));
    fs.writeFileSync(out, 'old');
    fs.writeFileSync(scratch, 'a,b\r\n1,2\r\n');
    moveFile(scratch, out);
    expect(fs.readFileSync(out, 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(fs.existsSync(scratch)).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['list.csv']);
  });

  it('refuses a move it cannot make, the scratch file untouched', () => {
    const scratch = path.join(work, 'scratch.csv');
    fs.writeFileSync(scratch, 'x');
    expect(() => moveFile(scratch, path.join(work, 'missing', 'list.csv'))).toThrow(/ENOENT/);
    expect(fs.readFileSync(scratch, 'utf8')).toBe('x');
  });

  const other = otherFileSystem();
  it.skipIf(other === null)('copies across file systems (where this machine has a second one: a tmpfs at /dev/shm), then removes the scratch file', () => {
    const dir = other as string;
    try {
      const scratch = path.join(dir, 'scratch.csv');
      fs.writeFileSync(scratch, 'a\r\n');
      const out = path.join(work, 'list.csv');
      moveFile(scratch, out);
      expect(fs.readFileSync(out, 'utf8')).toBe('a\r\n');
      expect(fs.statSync(out).mode & 0o777).toBe(0o600);
      expect(fs.existsSync(scratch)).toBe(false);
      expect(fs.readdirSync(work)).toEqual(['list.csv']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
