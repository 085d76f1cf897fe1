import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from './engine/createEngine';
import { makeDemoCase } from './engine/demo/makeDemoCase';
import { analyzeCase } from './engine/detect/analyzeCase';
import { dispatch } from './engine/dispatch';
import { revealingApi } from './engine/privacy/revealingApi';
import { ingestCommand } from './cli/ingestCommand';
import { startBridge } from './server/startBridge';
import { defaultUserDataDir, demoCaseDir, rendererBuildDir } from './paths';
import type { Result } from '../shared/result';
import type { ReportWrittenDto } from '../shared/api/reportApi';
import type { ResetAccountsExportDto } from '../shared/api/resetAccountsApi';

const usage = `Usage:
  breachdesk serve  [--case DIR] [--port N]        serve the workbench on 127.0.0.1 and print its address
  breachdesk ingest --case DIR [--leak FILE]… [--signin FILE]… [--transfer FILE]… [--year N] [--format F] [--max-inflated-bytes N]
                                                   load files into a case, with progress, and print what was loaded
  breachdesk demo   [--case DIR]                   build the synthetic demo case
  breachdesk analyze --case DIR [--leak FILE]… [--signin FILE]… [--transfer FILE]… [--year N] [--max-inflated-bytes N] --out DIR [--overwrite] [--include-personal-data]
                                                   ingest, run every detector with defaults, write DIR/findings.json
                                                   (never over an input nor into an input's folder; personal data masked unless asked)
  breachdesk report --case DIR --format html|pdf|json|csv|md|stix|misp --out FILE [--include-personal-data] [--overwrite]
                                                   re-verify the evidence and write a report (personal data masked unless asked)
  breachdesk reset-accounts --case DIR --out FILE.csv [--include-personal-data] [--overwrite]
                                                   the accounts whose password must be reset (takeover, credential confirmed
                                                   valid, MFA fatigue) as CSV for identity management; masked unless asked`;

/** Unwraps a Result for the terminal: prints the error and exits non-zero on failure. */
function must<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  console.error(`error: ${r.error.message}`);
  process.exit(2);
}

/** Entry point of the `breachdesk` command. */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(usage);
    return;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      case: { type: 'string' },
      port: { type: 'string' },
      transfer: { type: 'string', multiple: true },
      leak: { type: 'string', multiple: true },
      signin: { type: 'string', multiple: true },
      out: { type: 'string' },
      year: { type: 'string' },
      'max-reject-share': { type: 'string' },
      'max-inflated-bytes': { type: 'string' },
      format: { type: 'string' },
      'include-personal-data': { type: 'boolean' },
      overwrite: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const engine = createEngine({ userDataDir: defaultUserDataDir, transport: 'http' });
  const call = async <T>(method: string, arg: unknown) => must((await dispatch(engine.api, method, arg)) as Result<T>);

  if (command === 'serve') {
    if (values.case) await call('openCase', { dir: path.resolve(values.case), create: true });
    const bridge = await startBridge({ service: engine.api, staticDir: rendererBuildDir, port: values.port ? Number(values.port) : 0 });
    console.log(`Breachdesk workbench: ${bridge.url}`);
    const stop = () => void bridge.close().then(() => { engine.close(); process.exit(0); });
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return;
  }
  if (command === 'ingest') {
    const inputs = [
      ...(values.leak ?? []).map((file) => ({ kind: 'leak' as const, file })),
      ...(values.signin ?? []).map((file) => ({ kind: 'signin' as const, file })),
      ...(values.transfer ?? []).map((file) => ({ kind: 'transfer' as const, file })),
    ];
    if (!values.case || inputs.length === 0) {
      console.error(usage);
      process.exit(64);
    }
    await call('openCase', { dir: path.resolve(values.case), create: true });
    const ok = await ingestCommand(engine.service, inputs, {
      ...(values['max-reject-share'] === undefined ? {} : { maxRejectShare: Number(values['max-reject-share']) }),
      ...(values['max-inflated-bytes'] === undefined ? {} : { maxInflatedBytes: Number(values['max-inflated-bytes']) }),
      ...(values.format ? { format: values.format } : {}),
      options: values.year ? { year: Number(values.year) } : {},
    });
    engine.close();
    if (!ok) process.exit(2);
    return;
  }
  if (command === 'analyze') {
    if (!values.case || !values.out) {
      console.error(usage);
      process.exit(64);
    }
    const inputs = [
      ...(values.leak ?? []).map((file) => ({ kind: 'leak' as const, file })),
      ...(values.signin ?? []).map((file) => ({ kind: 'signin' as const, file })),
      ...(values.transfer ?? []).map((file) => ({ kind: 'transfer' as const, file })),
    ];
    const api = values['include-personal-data'] ? revealingApi(engine.api, 'analyze') : engine.api;
    const out = await analyzeCase(api, {
      caseDir: values.case,
      inputs,
      outDir: values.out,
      overwrite: values.overwrite ?? false,
      ...(values['max-inflated-bytes'] === undefined ? {} : { maxInflatedBytes: Number(values['max-inflated-bytes']) }),
      ...(values.year ? { options: { year: Number(values.year) } } : {}),
      onLoaded: (s) => console.log(`loaded ${s.path}: source ${s.id} (${s.kind}, ${s.format}), ${s.rowsLoaded} rows, ${s.rowsRejected} rejected`),
    });
    console.log(`wrote ${out}`);
    engine.close();
    return;
  }
  if (command === 'report') {
    if (!values.case || !values.out || !values.format) {
      console.error(usage);
      process.exit(64);
    }
    await call('openCase', { dir: path.resolve(values.case), create: false });
    const r = await call<ReportWrittenDto>('writeReport', {
      format: values.format,
      outPath: path.resolve(values.out),
      includePersonalData: values['include-personal-data'] ?? false,
      overwrite: values.overwrite ?? false,
      ...(values['max-inflated-bytes'] === undefined ? {} : { maxInflatedBytes: Number(values['max-inflated-bytes']) }),
    });
    for (const e of r.manifest.filter((m) => m.state !== 'verified')) console.error(`EVIDENCE ${e.state.toUpperCase()}: ${e.path} (sha256 at load ${e.sha256}, now ${e.sha256Now ?? 'absent'})`);
    console.log(`wrote ${r.outPath}: report version ${r.version}, ${r.format}, ${r.bytes} bytes, sha256 ${r.sha256}, ${r.redacted ? 'personal data masked' : 'CONTAINS PERSONAL DATA'}`);
    engine.close();
    if (!r.evidenceIntact) {
      console.error('error: evidence integrity check FAILED: an input changed or disappeared since it was loaded; the report says so.');
      process.exit(3);
    }
    return;
  }
  if (command === 'reset-accounts') {
    if (!values.case || !values.out) {
      console.error(usage);
      process.exit(64);
    }
    await call('openCase', { dir: path.resolve(values.case), create: false });
    const r = await call<ResetAccountsExportDto>('exportResetAccounts', {
      outPath: path.resolve(values.out),
      includePersonalData: values['include-personal-data'] ?? false,
      overwrite: values.overwrite ?? false,
    });
    console.log(`wrote ${r.outPath}: ${r.accounts} account${r.accounts === 1 ? '' : 's'} to reset, ${r.bytes} bytes, sha256 ${r.sha256}, ${r.revealed ? 'CONTAINS PERSONAL DATA' : 'account names masked'}`);
    engine.close();
    return;
  }
  if (command === 'demo') {
    const dir = path.resolve(values.case ?? demoCaseDir);
    await makeDemoCase(engine, dir);
    console.log(`Demo case ready at ${dir}`);
    engine.close();
    return;
  }
  console.error(usage);
  process.exit(64);
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
