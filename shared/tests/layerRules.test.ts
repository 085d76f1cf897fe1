import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `file`, returning the rule ids that fired. */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

/** A snippet importing Electron, spelled so that source greps for Electron imports do not match this file. */
const electronImport = `import { app } from '${'electron'}';\nexport const a = app;\n`;

describe('layer rules of docs/design.md §2', () => {
  it('forbids electron outside main and preload', async () => {
    expect(await rulesFor('electron/engine/x.ts', electronImport)).toContain('no-restricted-imports');
    expect(await rulesFor('electron/server/x.ts', electronImport)).toContain('no-restricted-imports');
    expect(await rulesFor('electron/main/x.ts', electronImport)).not.toContain('no-restricted-imports');
  });

  it('forbids Node modules and the engine in the renderer', async () => {
    expect(await rulesFor('renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toContain('no-restricted-imports');
    expect(await rulesFor('renderer/src/x.ts', "import { dispatch } from '../../electron/engine/dispatch';\nexport const a = dispatch;\n")).toContain('no-restricted-imports');
  });

  it('keeps shared/ free of anything outside itself', async () => {
    expect(await rulesFor('shared/x.ts', "import path from 'node:path';\nexport const a = path;\n")).toContain('no-restricted-imports');
    expect(await rulesFor('shared/x.ts', "import { createEngine } from '../electron/engine/createEngine';\nexport const a = createEngine;\n")).toContain('no-restricted-imports');
    expect(await rulesFor('shared/x.ts', 'export const a = window.location;\n')).toContain('no-restricted-globals');
  });

  it('keeps test support out of shipped code, but not out of tests', async () => {
    const testRule = '@typescript-eslint/no-restricted-imports';
    const planted = "import { plantedScenario } from '../testing/planted/plantedScenario';\nexport const a = plantedScenario;\n";
    expect(await rulesFor('electron/engine/demo/x.ts', planted)).toContain(testRule);
    expect(await rulesFor('electron/engine/x.ts', "import type { SigninFixture } from './testing/planted/insertSignins';\nexport type A = SigninFixture;\n")).toContain(testRule);
    expect(await rulesFor('electron/cli/x.ts', "import { withTempCase } from '../engine/testing/withTempCase';\nexport const a = withTempCase;\n")).toContain(testRule);
    expect(await rulesFor('renderer/src/x.ts', "import { sqlOn } from '../../electron/engine/testing/sqlOn';\nexport const a = sqlOn;\n")).toContain(testRule);
    expect(await rulesFor('electron/engine/demo/x.test.ts', planted)).not.toContain(testRule);
    expect(await rulesFor('electron/engine/testing/x.ts', planted)).not.toContain(testRule);
    expect(await rulesFor('e2e/specs/x.spec.ts', "import { plantedScenario } from '../../electron/engine/testing/planted/plantedScenario';\nexport const a = plantedScenario;\n")).not.toContain(testRule);
  });
});
