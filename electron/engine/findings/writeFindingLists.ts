import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { DuckDBConnection, Json } from '@duckdb/node-api';
import type { ExportParams, SpikeParams } from '../../../shared/api/detectParams';
import { findingListNames, type FindingListFileDto, type FindingListName, type FindingListsDto } from '../../../shared/api/findingsApi';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import { appendAudit } from '../case/appendAudit';
import type { CaseDb } from '../db/CaseDb';
import { privateFileMode } from '../db/makePrivate';
import { maskerFor } from '../privacy/casePrivacy';
import type { Masker } from '../privacy/Masker';
import { checkOutFolder, checkOutPath } from '../report/checkOutPath';
import { csvLine } from '../report/tables/csvCell';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import { findingListJsonColumns, findingListSql } from './findingListSql';
import { maskedCsvLines } from './maskedCsvLines';
import { writeCsvInSql } from './writeCsvInSql';
import { baselineRows } from '../exports/baselineRows';
import type { QueryRows } from '../db/memoQueryRows';
import { referenceSpikeRows } from '../spikes/referenceSpikes';
import { userHourSourceOf } from '../exports/userHourSourceOf';
import { referenceHead, referenceHeadOf } from '../exports/referenceHead';

/** What the analyst asked for: the folder, the detector parameters, and whether personal values may appear (audited opt-in). */
export interface FindingListsRequest {
  outDir: string;
  spikes: SpikeParams;
  exports: ExportParams;
  includePersonalData: boolean;
  overwrite: boolean;
  /** The lists to write. */
  lists: readonly FindingListName[];
}

/** The side file of a list, beside findings.json. */
export function findingListFile(list: FindingListName): string {
  return `findings.${list}.csv`;
}

/** The lists that grow with the log (a row per flagged user-hour), written by DuckDB (writeCsvInSql); the others stay short, and a statement per step would cost them more than it saves. */
const writtenInSql: ReadonlySet<FindingListName> = new Set(['reference_anomalies', 'baseline_flags']);

/** Rows masked between two turns of the event loop (a few milliseconds of JS). */
const sliceRows = 256;

/** Rows already in memory, in chunks of the size DuckDB streams. */
async function* chunksOf(rows: Json[][]): AsyncIterableIterator<Json[][]> {
  for (let i = 0; i < rows.length; i += 2048) yield rows.slice(i, i + 2048);
}

/**
 * Streams one ordered query (or rows the case's read memo kept) into a CSV file (header, then one line per row), its JSON columns parsed and each row masked
 * on its own by the personal-data rule (maskedCsvLines) unless `masker` is null (a JSON cell is written back as JSON text); written next to the target then renamed, so a crash leaves no half file.
 */
async function writeCsv(c: DuckDBConnection, list: string | QueryRows, out: string, masker: Masker | null, jsonColumns: string[]): Promise<Omit<FindingListFileDto, 'list' | 'file'>> {
  const result = typeof list === 'string' ? await c.stream(list) : null;
  const columns = result ? result.columnNames() : (list as QueryRows).columns;
  const chunks = result ? result.yieldRowsJson() : chunksOf((list as QueryRows).rows);
  const tmp = `${out}.partial-${process.pid}`;
  const fd = fs.openSync(tmp, 'wx', privateFileMode);
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const put = (text: string) => {
    const data = Buffer.from(text);
    fs.writeSync(fd, data);
    hash.update(data);
    bytes += data.length;
  };
  const line = maskedCsvLines(columns, masker);
  const jsonAt = jsonColumns.map((k) => columns.indexOf(k)).filter((i) => i >= 0);
  const parsed = (row: unknown[]) => (jsonAt.length === 0 ? row : row.map((v, i) => (jsonAt.includes(i) && typeof v === 'string' ? JSON.parse(v) : v)));
  try {
    put(csvLine(columns));
    for await (const chunk of chunks) {
      // Masked a slice at a time, the event loop let through between slices: the lists DuckDB writes wait on it between their statements.
      for (let i = 0; i < chunk.length; i += sliceRows) {
        put(chunk.slice(i, i + sliceRows).map((row) => line(parsed(row))).join(''));
        await setImmediate();
      }
      rows += chunk.length;
    }
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, out);
  return { columns, rows, bytes, sha256: hash.digest('hex') };
}

/**
 * Writes each asked list in full into OUT/findings.<list>.csv, so findings.json can stay bounded (its top rows and totals):
 * the output paths are checked as reports' are before anything is written; personal values are masked as every Api
 * result is (same case key, so the side files and findings.json show the same pseudonyms) unless the analyst opted in,
 * which is audited.
 */
export async function writeFindingLists(db: CaseDb, sources: SourceDto[], req: FindingListsRequest): Promise<FindingListsDto> {
  checkOutFolder(req.outDir, sources);
  const outs = findingListNames.filter((list) => req.lists.includes(list)).map((list) => ({ list, out: checkOutPath(path.join(req.outDir, findingListFile(list)), sources, db.dir, req.overwrite) }));
  // The masker (the case's attack sources) and the lists' SQL read at once, on two connections.
  const [masker, sql] = await Promise.all([
    req.includePersonalData ? null : maskerFor(db),
    db.withConnection(async (c) => {
      const sql = await findingListSql(c, req.spikes, req.exports);
      if (req.includePersonalData) await appendAudit(c, 'finding_lists_personal_data_opt_in', { outDir: req.outDir });
      return sql;
    }),
  ]);
  // Each list on its own connection, all at once: one list's masking in JS runs while DuckDB computes and writes another.
  const files = await Promise.all(
    outs.map(({ list, out }) =>
      db.withConnection(async (c): Promise<FindingListFileDto> => {
        const kept =
          list === 'baseline_flags'
            ? await baselineRows(c, sql.baseline_flags, await userHourSourceOf(c, req.exports.measure), db.memo)
            : list === 'login_spikes'
              ? await referenceSpikeRows(c, sql.login_spikes, db.memo)
              : null;
        const rows = kept?.complete ? kept : sql[list];
        // The reference anomalies' total and first rows are kept for their first page, which would compute them all again.
        const onRows = list === 'reference_anomalies' ? async (table: string) => void (await referenceHead(c, db.memo, sql.reference_anomalies, () => referenceHeadOf(c, table))) : undefined;
        const inSql = typeof rows === 'string' && writtenInSql.has(list) ? await explainStatsOverflow(() => writeCsvInSql(c, rows, out, masker, db.tempDir, onRows)) : null;
        const written = inSql ?? (await explainStatsOverflow(() => writeCsv(c, rows, out, masker, findingListJsonColumns[list] ?? [])));
        return { list, file: path.basename(out), ...written };
      }),
    ),
  );
  await db.withConnection((c) =>
    appendAudit(c, 'write_finding_lists', { outDir: req.outDir, files: files.map(({ file, rows, sha256 }) => ({ file, rows, sha256 })), includePersonalData: req.includePersonalData }),
  );
  return { files, revealed: req.includePersonalData };
}
