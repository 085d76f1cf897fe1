import zlib from 'node:zlib';

/** A binary file format recognised by its magic bytes: what it is, and what the analyst can do with it. */
export interface BinaryFormat {
  /** Short name, e.g. `XLSX`. */
  format: string;
  /** What the file is, as a phrase: `an Excel workbook (XLSX)`. */
  what: string;
  /** What to do instead, as an instruction. */
  advice: string;
}

const at = (head: Buffer, offset: number, magic: string | number[]): boolean => {
  const bytes = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);
  return head.length >= offset + bytes.length && head.subarray(offset, offset + bytes.length).equals(bytes);
};

/** The member names in a ZIP head (local file headers only), to tell Office files from other archives. */
function zipNames(head: Buffer): string[] {
  const names: string[] = [];
  let pos = 0;
  while (pos + 30 <= head.length && head.readUInt32LE(pos) === 0x04034b50 && names.length < 64) {
    const nameLength = head.readUInt16LE(pos + 26);
    const extra = head.readUInt16LE(pos + 28);
    const compressed = head.readUInt32LE(pos + 18);
    names.push(head.toString('latin1', pos + 30, pos + 30 + nameLength));
    if ((head.readUInt16LE(pos + 6) & 0x08) !== 0) break;
    pos += 30 + nameLength + extra + compressed;
  }
  return names;
}

const saveAsCsv = 'save each sheet as CSV UTF-8 (File › Save As) and load the CSV';

function zipFormat(head: Buffer): BinaryFormat {
  const names = zipNames(head);
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (has('xl/')) return { format: 'XLSX', what: 'an Excel workbook (XLSX)', advice: saveAsCsv };
  if (has('word/')) return { format: 'DOCX', what: 'a Word document (DOCX)', advice: 'copy the data it holds into a CSV file and load that' };
  if (has('ppt/')) return { format: 'PPTX', what: 'a PowerPoint presentation (PPTX)', advice: 'copy the data it holds into a CSV file and load that' };
  return { format: 'ZIP', what: 'a ZIP archive', advice: 'extract it and load the files inside one by one' };
}

/**
 * Names a binary input from its first bytes (EVTX, old EVT, ZIP and the Office files inside it, PDF, SQLite, pg_dump's custom format, DuckDB,
 * 7-Zip, RAR, xz, bzip2, zstd, OLE2, packet captures, registry hives, executables), or null when it is none of them.
 * Parquet and gzip are not here: Breachdesk reads them.
 */
export function binaryFormat(head: Buffer): BinaryFormat | null {
  if (at(head, 0, 'ElfFile\0')) return { format: 'EVTX', what: 'a Windows event log file (EVTX)', advice: 'load it as sign-ins: Breachdesk reads its Security logon events' };
  if (at(head, 4, 'LfLe')) return { format: 'EVT', what: 'a Windows XP/2003 event log (EVT)', advice: 'convert it to EVTX (wevtutil epl file.evt file.evtx /lf:true) or export it as CSV, and load that' };
  if (at(head, 0, [0x50, 0x4b, 0x03, 0x04]) || at(head, 0, [0x50, 0x4b, 0x05, 0x06])) return zipFormat(head);
  if (at(head, 0, '%PDF-')) return { format: 'PDF', what: 'a PDF document', advice: 'export the table it holds as CSV and load that' };
  if (at(head, 0, 'SQLite format 3\0')) return { format: 'SQLite', what: 'a SQLite database', advice: 'export each table as CSV (sqlite3 -header -csv db "SELECT * FROM t" > t.csv) and load the CSV' };
  if (at(head, 0, 'PGDMP')) return { format: 'pg_dump', what: 'a PostgreSQL custom-format dump (pg_dump -Fc)', advice: 'turn it into a plain SQL dump (pg_restore -f dump.sql FILE) and load that' };
  if (at(head, 8, 'DUCK')) return { format: 'DuckDB', what: 'a DuckDB database', advice: 'export each table as CSV or Parquet (COPY t TO \'t.parquet\') and load that' };
  if (at(head, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { format: 'OLE2', what: 'an Office 97–2003 file (XLS, DOC) or an Outlook message (MSG)', advice: saveAsCsv };
  if (at(head, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { format: '7z', what: 'a 7-Zip archive', advice: 'extract it and load the files inside one by one' };
  if (at(head, 0, 'Rar!\x1a\x07')) return { format: 'RAR', what: 'a RAR archive', advice: 'extract it and load the files inside one by one' };
  if (at(head, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return { format: 'xz', what: 'an xz-compressed file', advice: 'decompress it (xz -dk) or recompress it with gzip, and load that' };
  if (at(head, 0, 'BZh') && at(head, 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])) return { format: 'bzip2', what: 'a bzip2-compressed file', advice: 'decompress it (bunzip2 -k) or recompress it with gzip, and load that' };
  if (at(head, 0, [0x28, 0xb5, 0x2f, 0xfd])) return { format: 'zstd', what: 'a zstd-compressed file', advice: 'decompress it (zstd -d) or recompress it with gzip, and load that' };
  if (at(head, 0, [0xd4, 0xc3, 0xb2, 0xa1]) || at(head, 0, [0xa1, 0xb2, 0xc3, 0xd4]) || at(head, 0, [0x0a, 0x0d, 0x0d, 0x0a])) {
    return { format: 'pcap', what: 'a packet capture', advice: 'run Zeek on it (zeek -r file.pcap) and load its conn.log' };
  }
  if (at(head, 0, 'regf')) return { format: 'registry', what: 'a Windows registry hive', advice: 'Breachdesk does not read registry hives; load the logs or exports that hold sign-ins or data' };
  if (at(head, 0, '\x7fELF')) return { format: 'ELF', what: 'a Linux executable (ELF)', advice: 'load a log or data file instead' };
  return null;
}

/**
 * The refusal of a binary input, naming what it is and what to do: `x.xlsx: is an Excel workbook (XLSX), not delimited
 * text; save…`; a gzip-compressed one (`gzip`) is told to be decompressed first.
 */
export function binaryRefusal(name: string, found: BinaryFormat, expected: string, gzip = false): string {
  if (gzip) return `${name}: is ${found.what} compressed with gzip, not ${expected}; decompress it (gunzip -k), then ${found.advice}.`;
  return `${name}: is ${found.what}, not ${expected}; ${found.advice}.`;
}

/** The first bytes of a gzip head, inflated as far as the head goes (empty when it does not inflate). */
export function inflatedHead(head: Buffer): Buffer {
  try {
    return zlib.gunzipSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}
