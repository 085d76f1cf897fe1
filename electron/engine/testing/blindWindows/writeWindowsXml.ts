import fs from 'node:fs';
import path from 'node:path';
import { winEventXml } from './winEventXml';
import type { WinEvent } from './WinLog';

/**
 * Writes a domain's events as XML exports in time order: one file as a Windows Event Collector's export holds every
 * host's events (`collector`), or one file per host as an analyst exports each DC and server (`per-host`). Record ids
 * count up per host. Returns the files written.
 */
export function writeWindowsXml(events: readonly WinEvent[], dir: string, files: 'collector' | 'per-host'): string[] {
  const byFile = new Map<string, WinEvent[]>();
  for (const e of events) {
    const name = files === 'collector' ? 'ForwardedEvents.xml' : `Security_${e.computer.split('.')[0]}.xml`;
    const list = byFile.get(name) ?? [];
    list.push(e);
    byFile.set(name, list);
  }
  const ids = new Map<string, number>();
  const out: string[] = [];
  for (const [name, list] of byFile) {
    const file = path.join(dir, name);
    const fd = fs.openSync(file, 'w');
    try {
      for (let k = 0; k < list.length; k += 5000) {
        const text = list.slice(k, k + 5000).map((e) => {
          const id = (ids.get(e.computer) ?? 4_180_000) + 1;
          ids.set(e.computer, id);
          return winEventXml(e, id);
        });
        fs.writeSync(fd, text.join(''));
      }
    } finally {
      fs.closeSync(fd);
    }
    out.push(file);
  }
  return out;
}
