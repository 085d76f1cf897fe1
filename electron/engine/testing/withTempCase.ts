import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type Engine } from '../createEngine';

/** Runs `fn` against a fresh engine with a new case in a temp folder, removed afterwards. */
export async function withTempCase<T>(fn: (engine: Engine, dirs: { caseDir: string; work: string }) => Promise<T>): Promise<T> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-test-'));
  const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  const caseDir = path.join(work, 'case');
  try {
    await engine.service.openCase({ dir: caseDir, create: true });
    return await fn(engine, { caseDir, work });
  } finally {
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes a text file in the test's work folder and returns its path. */
export function writeInput(work: string, name: string, text: string | Buffer): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}
