import { encodeText } from '../leak/encodeText';
import { toDelimited } from '../leak/toDelimited';
import type { BlindColumn, BlindLeak } from './blindLeak';

const jsonGroups: Record<string, string> = {
  email: 'contact', phone: 'contact', phoneEncrypted: 'contact', sparsePhone: 'contact',
  first: 'identity', last: 'identity', fullname: 'identity', gender: 'identity', dob: 'identity',
  street: 'address', postcodeCity: 'address', postcode: 'address', city: 'address', country: 'address',
};

/** The group a column is nested under in a JSON-lines dump, or null when it sits at the top level. */
export function blindJsonGroup(c: BlindColumn): string | null {
  return jsonGroups[c.kind] ?? null;
}

function sqlValue(v: string | null): string {
  return v === null ? 'NULL' : `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
}

function jsonRecord(leak: BlindLeak, i: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of leak.columns) {
    const v = c.values[i] ?? null;
    if (v === null && i % 2 === 0) continue;
    const g = blindJsonGroup(c);
    const target = g === null ? out : ((out[g] as Record<string, unknown> | undefined) ?? (out[g] = {}));
    (target as Record<string, unknown>)[c.header] = v;
  }
  return out;
}

/** Writes a blind leak as the bytes of a file in its shape, as a third-party dump would be. */
export function writeBlindLeak(leak: BlindLeak): { name: string; bytes: Buffer } {
  const rows = leak.columns[0]?.values.map((_, i) => leak.columns.map((c) => c.values[i] ?? '')) ?? [];
  const header = leak.columns.map((c) => c.header);
  switch (leak.spec.shape) {
    case 'csv':
      return { name: 'export.csv', bytes: encodeText(toDelimited([header, ...rows], ','), 'utf-8') };
    case 'semicolonBom':
      return { name: 'clients.csv', bytes: encodeText(toDelimited([header, ...rows], ';', '\r\n'), 'utf-8-bom') };
    case 'tab':
      return { name: 'dump.tsv', bytes: encodeText(toDelimited([header, ...rows], '\t'), 'utf-8') };
    case 'cp1252':
      return { name: 'kunden.csv', bytes: encodeText(toDelimited([header, ...rows], ';', '\r\n'), 'windows-1252') };
    case 'noHeader':
      return { name: 'part1.csv', bytes: encodeText(toDelimited(rows, ','), 'utf-8') };
    case 'jsonl':
      return { name: 'users.jsonl', bytes: Buffer.from(rows.map((_, i) => JSON.stringify(jsonRecord(leak, i))).join('\n') + '\n') };
    case 'sql': {
      const cols = leak.columns.map((c) => `  \`${c.header}\` varchar(255) DEFAULT NULL`).join(',\n');
      const inserts: string[] = [];
      for (let i = 0; i < rows.length; i += 100) {
        const batch = rows.slice(i, i + 100).map((_, k) => `(${leak.columns.map((c) => sqlValue(c.values[i + k] ?? null)).join(',')})`);
        inserts.push(`INSERT INTO \`customers\` VALUES ${batch.join(',')};`);
      }
      const text = `-- MySQL dump 10.13\n/*!40101 SET NAMES utf8mb4 */;\nDROP TABLE IF EXISTS \`customers\`;\nCREATE TABLE \`customers\` (\n${cols}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\nLOCK TABLES \`customers\` WRITE;\n${inserts.join('\n')}\nUNLOCK TABLES;\n`;
      return { name: 'shop_backup.sql', bytes: Buffer.from(text) };
    }
  }
}
