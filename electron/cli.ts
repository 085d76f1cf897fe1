import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from './engine/createEngine';
import { makeDemoCase } from './engine/demo/makeDemoCase';
import { analyzeCase } from './engine/findings/analyzeCase';
import { dispatch } from './engine/dispatch';
import { revealingApi } from './engine/privacy/revealingApi';
import { ingestCommand } from './cli/ingestCommand';
import { exitCodes, exitCodesHelp } from './cli/exitCodes';
import { type LoadFlags, inflatedBytes, loadFlagSpec, loadFlags, loadFlagsHelp } from './cli/loadFlags';
import { startBridge } from './server/startBridge';
import { defaultUserDataDir, demoCaseDir, rendererBuildDir } from './paths';
import type { Result } from '../shared/result';
import { UserError } from '../shared/userError';
import type { ReportWrittenDto } from '../shared/api/reportApi';
import type { ResetAccountsExportDto } from '../shared/api/resetAccountsApi';
import type { RemovedSourceDto, SourceDto, SourceKind } from '../shared/api/sourcesApi';

const usage = `Usage:
  breachdesk serve  [--case DIR] [--port N]        serve the workbench on 127.0.0.1 and print its address
  breachdesk ingest --case DIR [--leak FILE]… [--signin FILE]… [--transfer FILE]… [loading options]
                                                   load files into a case, with progress, and print what was loaded
  breachdesk remove --case DIR --source N --reason TEXT
                                                   remove a wrongly loaded source (rows, rejects, findings), audited; detectors re-run
  breachdesk demo   [--case DIR]                   build the synthetic demo case
  breachdesk analyze --case DIR [--leak FILE]… [--signin FILE]… [--transfer FILE]… [loading options] --out DIR [--overwrite] [--include-personal-data]
                                                   ingest, run every detector with defaults, write DIR/findings.json
                                                   (top rows and totals) and every list in full in DIR/findings.<list>.csv
                                                   (never over an input nor into an input's folder; personal data masked unless asked)
  breachdesk report --case DIR --format html|pdf|json|csv|md|stix|misp --out FILE [--include-personal-data] [--overwrite]
                                                   re-verify the evidence and write a report (personal data masked unless asked)
  breachdesk reset-accounts --case DIR --out FILE.csv [--include-personal-data] [--overwrite]
                                                   the accounts whose password must be reset (takeover, credential confirmed
                                                   valid, MFA fatigue) as CSV for identity management; masked unless asked

${loadFlagsHelp}

${exitCodesHelp}`;

/** Unwraps a Result for the terminal: prints the error and exits non-zero on failure. */
function must<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  console.error(`error: ${r.error.message}`);
  process.exit(r.error.code === 'internal' ? exitCodes.failed : exitCodes.refused);
}

/** Parses the options of every command; an unknown or malformed option prints the usage and exits 64. */
function parseCommandLine(rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      options: {
        case: { type: 'string' },
        port: { type: 'string' },
        transfer: { type: 'string', multiple: true },
        leak: { type: 'string', multiple: true },
        signin: { type: 'string', multiple: true },
        out: { type: 'string' },
        ...loadFlagSpec,
        source: { type: 'string' },
        reason: { type: 'string' },
        help: { type: 'boolean' },
        'include-personal-data': { type: 'boolean' },
        overwrite: { type: 'boolean' },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`error: ${(e as Error).message}\n${usage}`);
    process.exit(exitCodes.usage);
  }
}

/** The files to load with each one's Api options; a wrong loading option ends the command with the usage exit code. */
function loadInputs(values: Record<string, unknown>): Array<{ kind: SourceKind; file: string; flags: LoadFlags }> {
  const files = (name: SourceKind) => ((values[name] as string[] | undefined) ?? []).map((file) => ({ kind: name, file }));
  try {
    return [...files('leak'), ...files('signin'), ...files('transfer')].map((i) => ({ ...i, flags: loadFlags(values, i.kind) }));
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(exitCodes.usage);
  }
}

/** Entry point of the `breachdesk` command. */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const values = parseCommandLine(rest);
  if (values.help || command === 'help' || command === '--help') {
    console.log(usage);
    process.exit(exitCodes.ok);
  }
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
  if (command === 'ingest' || command === 'analyze') {
    const inputs = loadInputs(values);
    if (!values.case || (command === 'ingest' && inputs.length === 0) || (command === 'analyze' && !values.out)) {
      console.error(usage);
      process.exit(exitCodes.usage);
    }
    if (command === 'ingest') {
      await call('openCase', { dir: path.resolve(values.case), create: true });
      const ok = await ingestCommand(engine.service, inputs);
      engine.close();
      process.exit(ok ? exitCodes.ok : exitCodes.refused);
    }
    const api = values['include-personal-data'] ? revealingApi(engine.api, 'analyze') : engine.api;
    const out = await analyzeCase(api, {
      caseDir: values.case,
      inputs: inputs.map(({ kind, file, flags }) => ({ kind, file, ...flags })),
      outDir: values.out as string,
      overwrite: values.overwrite ?? false,
      includePersonalData: values['include-personal-data'] ?? false,
      ...(values['max-inflated-bytes'] === undefined ? {} : { maxInflatedBytes: inflatedBytes(values['max-inflated-bytes']) }),
      onLoaded: (s) => console.log(`loaded ${s.path}: source ${s.id} (${s.kind}, ${s.format}), ${s.rowsLoaded} rows, ${s.rowsRejected} rejected, ${s.rowsSkipped} skipped`),
      onRefused: (file, message) => console.error(`error: ${message}`),
    });
    console.log(`wrote ${out.path}${out.refused > 0 ? ` (${out.refused} input(s) refused: the findings cover the others)` : ''}`);
    engine.close();
    process.exit(out.refused > 0 ? exitCodes.refused : exitCodes.ok);
  }
  if (command === 'report') {
    if (!values.case || !values.out || !values.format) {
      console.error(usage);
      process.exit(exitCodes.usage);
    }
    if (values['max-inflated-bytes'] !== undefined) {
      console.error('error: --max-inflated-bytes guards the inputs of ingest and analyze; report reads none.');
      process.exit(exitCodes.usage);
    }
    await call('openCase', { dir: path.resolve(values.case), create: false });
    const r = await call<ReportWrittenDto>('writeReport', {
      format: values.format,
      outPath: path.resolve(values.out),
      includePersonalData: values['include-personal-data'],
      overwrite: values.overwrite,
    });
    for (const e of r.manifest.filter((m) => m.state !== 'verified')) console.error(`EVIDENCE ${e.state.toUpperCase()}: ${e.path} (sha256 at load ${e.sha256}, now ${e.sha256Now ?? 'absent'})`);
    console.log(`wrote ${r.outPath}: report version ${r.version}, ${r.format}, ${r.bytes} bytes, sha256 ${r.sha256}, ${r.redacted ? 'personal data masked' : 'CONTAINS PERSONAL DATA'}`);
    engine.close();
    if (!r.evidenceIntact) {
      console.error('error: evidence integrity check FAILED: an input changed or disappeared since it was loaded; the report says so.');
      process.exit(exitCodes.evidence);
    }
    return;
  }
  if (command === 'reset-accounts') {
    if (!values.case || !values.out) {
      console.error(usage);
      process.exit(exitCodes.usage);
    }
    await call('openCase', { dir: path.resolve(values.case), create: false });
    const r = await call<ResetAccountsExportDto>('exportResetAccounts', {
      outPath: path.resolve(values.out),
      includePersonalData: values['include-personal-data'],
      overwrite: values.overwrite,
    });
    console.log(`wrote ${r.outPath}: ${r.accounts} account${r.accounts === 1 ? '' : 's'} to reset, ${r.bytes} bytes, sha256 ${r.sha256}, ${r.revealed ? 'CONTAINS PERSONAL DATA' : 'account names masked'}`);
    engine.close();
    return;
  }
  if (command === 'remove') {
    if (!values.case || !values.source || !/^[1-9][0-9]*$/.test(values.source) || !values.reason) {
      console.error(usage);
      process.exit(exitCodes.usage);
    }
    await call('openCase', { dir: path.resolve(values.case), create: false });
    const sourceId = Number(values.source);
    const source = (await call<SourceDto[]>('listSources', {})).find((s) => s.id === sourceId);
    const r = await call<RemovedSourceDto>('removeSource', { sourceId, sha256: source?.sha256 ?? '-', reason: values.reason });
    console.log(`removed source ${r.id} (${r.kind}, ${r.path}): ${r.rowsRemoved} rows; detectors re-run: ${r.findings} findings, ${r.findingsDropped} dropped`);
    engine.close();
    process.exit(exitCodes.ok);
  }
  if (command === 'demo') {
    const dir = path.resolve(values.case ?? demoCaseDir);
    await makeDemoCase(engine, dir);
    console.log(`Demo case ready at ${dir}`);
    engine.close();
    return;
  }
  console.error(usage);
  process.exit(exitCodes.usage);
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(e instanceof UserError && e.code !== 'internal' ? exitCodes.refused : exitCodes.failed);
});
