import fs from 'node:fs';
import os from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

/** The machine a run was measured on, as recorded next to its results. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  duckdb: string;
}

/** Reads the CPU model and count, RAM, OS, Node and DuckDB versions. */
export async function machineInfo(): Promise<MachineInfo> {
  const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const duckdb = String((await c.runAndReadAll('SELECT version()')).getRows()[0]?.[0]);
  c.closeSync();
  db.closeSync();
  const distro = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(read('/etc/os-release'))?.[1] ?? os.type();
  return {
    cpus: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(read('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${distro}, kernel ${os.release()}`,
    node: process.version,
    duckdb,
  };
}

/** The 1-, 5- and 15-minute load averages, rounded: above the core count, other work inflated the figures. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}
