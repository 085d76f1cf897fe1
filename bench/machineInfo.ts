import fs from 'node:fs';
import os from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

/** The machine a run was measured on, as recorded next to its results. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  duckdb: string;
  loadAverage: number[];
}

/** Reads nproc, CPU model, RAM, Node and DuckDB versions, and the load average at the start of the run. */
export async function machineInfo(): Promise<MachineInfo> {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const duckdb = String((await c.runAndReadAll('SELECT version()')).getRows()[0]?.[0]);
  c.closeSync();
  db.closeSync();
  return {
    cpus: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    duckdb,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
