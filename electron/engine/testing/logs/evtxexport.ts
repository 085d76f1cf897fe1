import { spawnSync } from 'node:child_process';

/** One event as libevtx's `evtxexport -f xml` prints it: its EventID, EventRecordID, System time, Computer and EventData fields. */
export interface ExportedEvent {
  eventId: number;
  recordId: string;
  systemTime: string;
  computer: string;
  data: Record<string, string>;
}

const install = 'apt-get update && apt-get install -y libevtx-utils';

const unescape = (s: string): string => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] as string);

/**
 * Reads an EVTX file with the independent reader of Debian's libevtx-utils, to cross-check Breachdesk's own reader.
 * Throws (never skips) when the tool is missing, naming the package to install.
 */
export function evtxexport(file: string): ExportedEvent[] {
  const run = spawnSync('evtxexport', ['-f', 'xml', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`evtxexport is needed to cross-check the EVTX reader and is not installed: run \`${install}\` (${run.error.message})`);
  if (run.status !== 0) throw new Error(`evtxexport failed on ${file}: ${run.stderr}`);
  return run.stdout
    .split('<Event xmlns')
    .slice(1)
    .map((xml) => {
      const data: Record<string, string> = {};
      for (const m of xml.matchAll(/<Data Name="([^"]*)">([^<]*)<\/Data>/g)) data[unescape(m[1] as string)] = unescape(m[2] as string);
      for (const m of xml.matchAll(/<Data Name="([^"]*)"\/>/g)) data[unescape(m[1] as string)] = '';
      return {
        eventId: Number(/<EventID[^>]*>(\d+)<\/EventID>/.exec(xml)?.[1]),
        recordId: /<EventRecordID>(\d+)<\/EventRecordID>/.exec(xml)?.[1] ?? '',
        systemTime: /<TimeCreated SystemTime="([^"]*)"/.exec(xml)?.[1] ?? '',
        computer: unescape(/<Computer>([^<]*)<\/Computer>/.exec(xml)?.[1] ?? ''),
        data,
      };
    });
}

/** The `<Event>` elements of an EVTX file as libevtx's `evtxexport -f xml` writes them (its banner line dropped): a real XML export, written by another reader, for the XML loader's tests. */
export function evtxexportXml(file: string): string {
  const run = spawnSync('evtxexport', ['-f', 'xml', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`evtxexport is needed to write the XML export and is not installed: run \`${install}\` (${run.error.message})`);
  if (run.status !== 0) throw new Error(`evtxexport failed on ${file}: ${run.stderr}`);
  return run.stdout.slice(run.stdout.indexOf('<Event'));
}
