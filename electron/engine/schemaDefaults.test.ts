import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiArgs, apiMethods, type ApiMethod } from '../../shared/api';
import { createEngine, type Engine } from './createEngine';
import { makeDemoCase } from './demo/makeDemoCase';
import { dispatch } from './dispatch';

/** What the calls below are built from: the demo case's folder, a source and a finding of it. */
interface DemoIds {
  caseDir: string;
  signinFile: string;
  sourceId: number;
  findingId: string;
  signinColumn: string;
}

/** The smallest argument of a method (its defaults left out), or why the method is left out of the comparison. */
type Minimal = ((x: DemoIds) => Record<string, unknown>) | { apart: string };

const writes = { apart: 'writes to the case, a file or the presets: calling it three times would not be a fair comparison' };

/** Typed over the method list, so a new method does not compile until it is listed here. */
const minimal: Record<ApiMethod, Minimal> = {
  appInfo: () => ({}),
  openCase: (x) => ({ dir: x.caseDir }),
  recentCases: () => ({}),
  listSources: () => ({}),
  addSource: writes,
  detectSource: (x) => ({ path: x.signinFile, kind: 'signin' }),
  removeSource: writes,
  listRejects: (x) => ({ sourceId: x.sourceId }),
  startIngest: writes,
  jobStatus: { apart: 'needs a running job' },
  listJobs: () => ({}),
  cancelJob: writes,
  coverage: () => ({}),
  listTables: () => ({}),
  tablePage: () => ({ table: 'signin' }),
  columnFacet: (x) => ({ table: 'signin', column: x.signinColumn }),
  signinSeries: () => ({}),
  topSources: () => ({}),
  topAccounts: () => ({}),
  loginSpikes: () => ({}),
  classifySignins: () => ({}),
  signinEvents: () => ({}),
  transferPerHour: () => ({}),
  exportReference: () => ({}),
  exportBaseline: () => ({}),
  userHourSeries: () => ({ user: 'user001' }),
  transferEvents: () => ({}),
  runDetectors: () => ({}),
  lastRun: () => ({}),
  listFindings: () => ({}),
  updateFinding: writes,
  findingAccounts: (x) => ({ id: x.findingId }),
  findingSources: (x) => ({ id: x.findingId }),
  writeFindingLists: writes,
  exposure: () => ({}),
  writeReport: writes,
  verifyEvidence: { apart: 'takes no argument and stamps each answer with the time of its check' },
  reportMeta: () => ({}),
  setReportMeta: writes,
  exportTableCsv: writes,
  exportResetAccounts: writes,
  accountsAtRisk: () => ({}),
  listPresets: () => ({}),
  savePreset: writes,
  listKnownInfrastructure: () => ({}),
  addKnownInfrastructure: writes,
  removeKnownInfrastructure: writes,
  listDismissals: () => ({}),
  addDismissal: writes,
  removeDismissal: writes,
  ipIntelStatus: () => ({}),
  refreshIpIntel: { apart: 'rebuilds on its first call only' },
  revealCall: { apart: 'the clear path the others are compared through' },
};

/** The argument with every default the schema applies written out, as a caller that repeats them would send it. */
function spelledOut(method: ApiMethod, arg: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(apiArgs[method].parse(arg))) as Record<string, unknown>;
}

/** Every key some argument schema gives a default, at any depth. */
function defaultedKeys(t: z.ZodType, out = new Set<string>()): Set<string> {
  if (t instanceof z.ZodObject) {
    for (const [k, field] of Object.entries(t.shape as Record<string, z.ZodType>)) {
      if (field instanceof z.ZodDefault || field instanceof z.ZodPrefault) out.add(k);
      defaultedKeys(field, out);
    }
  } else if (t instanceof z.ZodDefault || t instanceof z.ZodPrefault || t instanceof z.ZodOptional || t instanceof z.ZodNullable) defaultedKeys(t.unwrap() as z.ZodType, out);
  else if (t instanceof z.ZodArray) defaultedKeys(t.element as z.ZodType, out);
  return out;
}

describe('argument defaults live in the schemas only', () => {
  let work: string;
  let engine: Engine;
  let ids: DemoIds;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-defaults-'));
    engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
    const caseDir = path.join(work, 'case');
    await makeDemoCase(engine, caseDir);
    const sources = await engine.service.listSources({});
    const signin = sources.find((s) => s.kind === 'signin');
    const finding = (await engine.service.listFindings({})).rows[0];
    const signinTable = (await engine.service.listTables({})).find((t) => t.name === 'signin');
    if (!signin || !finding || !signinTable?.columns[1]) throw new Error('the demo case has no sign-in source, table or finding');
    ids = { caseDir, signinFile: signin.path, sourceId: signin.id, findingId: finding.id, signinColumn: signinTable.columns[1].name };
  }, 120_000);

  afterAll(() => {
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('every read method answers the same to its minimal argument in process, with the defaults spelled out, and through dispatch', async () => {
    const service = engine.service as unknown as Record<string, (a: unknown) => Promise<unknown>>;
    let defaulted = 0;
    for (const method of apiMethods) {
      const build = minimal[method];
      if (typeof build !== 'function') continue;
      const arg = build(ids);
      const full = spelledOut(method, arg);
      if (Object.keys(full).length > Object.keys(arg).length) defaulted += 1;
      const inProcess = await service[method]!.call(service, arg);
      expect(await service[method]!.call(service, full), `${method} with its defaults spelled out`).toEqual(inProcess);
      const viaDispatch = await dispatch(engine.api, 'revealCall', { view: 'defaults test', method, arg });
      expect(viaDispatch, `${method} through dispatch`).toEqual({ ok: true, value: inProcess });
    }
    expect(defaulted).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('no service re-states a default with `??` on a key the schemas default', () => {
    const keys = new Set<string>();
    for (const schema of Object.values(apiArgs)) defaultedKeys(schema as z.ZodType, keys);
    expect(keys).toContain('limit');
    const root = path.dirname(new URL(import.meta.url).pathname);
    const services = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('Service.ts'));
    expect(services.length).toBeGreaterThanOrEqual(15);
    const restated: string[] = [];
    for (const file of services) {
      const sf = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const walk = (n: ts.Node): void => {
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
          const left = n.left;
          const name = ts.isIdentifier(left) ? left.text : ts.isPropertyAccessExpression(left) ? left.name.text : '';
          if (keys.has(name)) restated.push(`${file}: ${n.getText(sf)}`);
        }
        ts.forEachChild(n, walk);
      };
      walk(sf);
    }
    expect(restated).toEqual([]);
  });
});
