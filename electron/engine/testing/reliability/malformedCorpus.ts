import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { seededRandom } from '../../demo/seededRandom';

/** The kinds of damage the corpus covers (issue 8, Malformed inputs). */
export const malformedFamilies = [
  'truncated-gzip',
  'encoding',
  'nul-bytes',
  'huge-line',
  'unbalanced-quotes',
  'json-trailing-garbage',
  'sql-syntax',
  'empty-or-header-only',
  'binary-as-csv',
  'deep-json',
] as const;
/** One of malformedFamilies. */
export type MalformedFamily = (typeof malformedFamilies)[number];

/** One generated bad file and what is wrong with it. */
export interface MalformedFile {
  file: string;
  family: MalformedFamily;
  what: string;
}

/** Valid-looking starting points in each format the engine reads, so damage reaches the parsers, not only detection. */
function templates(rows = 60): Record<'transfer' | 'signinCsv' | 'sshd' | 'entraJson' | 'winNdjson' | 'leakCsv' | 'sqlDump', { ext: string; header: string; body: string }> {
  const t = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 61_000).toISOString().replace('.000Z', 'Z');
  const range = Array.from({ length: rows }, (_, i) => i);
  return {
    transfer: { ext: 'csv', header: 'timestamp,user_id,bytes_transferred\n', body: range.map((i) => `${t(i)},user${i % 7},${1000 + i}\n`).join('') },
    signinCsv: {
      ext: 'csv',
      header: 'TimeGenerated [UTC],UserPrincipalName,ResultType,IPAddress,AppDisplayName\n',
      body: range.map((i) => `${t(i)},user${i % 7}@corp.example,${i % 3 ? '50126' : '0'},203.0.113.${i % 50},Portal\n`).join(''),
    },
    sshd: {
      ext: 'log',
      header: '',
      body: range.map((i) => `Mar  ${1 + (i % 9)} 10:${String(i % 60).padStart(2, '0')}:00 host sshd[${100 + i}]: Failed password for user${i % 7} from 198.51.100.${i % 50} port 22 ssh2\n`).join(''),
    },
    entraJson: {
      ext: 'json',
      header: '',
      body: JSON.stringify({
        records: range.map((i) => ({ time: t(i), category: 'SignInLogs', resultType: '50126', properties: { userPrincipalName: `user${i % 7}@corp.example`, ipAddress: `203.0.113.${i % 50}`, status: { errorCode: 50126 } } })),
      }),
    },
    winNdjson: {
      ext: 'json',
      header: '',
      body: range.map((i) => JSON.stringify({ EventID: 4625, TimeCreated: t(i), TargetUserName: `user${i % 7}`, IpAddress: `198.51.100.${i % 50}`, Status: '0xC000006D', SubStatus: '0xC000006A' }) + '\n').join(''),
    },
    leakCsv: {
      ext: 'csv',
      header: 'email,password,first_name,last_name,phone\n',
      body: range.map((i) => `person${i}@mail.example,$2b$10$${'a'.repeat(53)},Ann${i},Smith${i},+33 6 12 34 ${String(i).padStart(2, '0')} 00\n`).join(''),
    },
    sqlDump: {
      ext: 'sql',
      header: 'CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(255), `password` varchar(255));\n',
      body: range.map((i) => `INSERT INTO \`users\` VALUES (${i},'person${i}@mail.example','5f4dcc3b5aa765d61d8327deb882cf99');\n`).join(''),
    },
  };
}

/**
 * Writes at least 200 malformed input files into `dir` (created if missing), deterministic from run to run,
 * and returns them with their family and a one-line description.
 */
export function writeMalformedCorpus(dir: string): MalformedFile[] {
  fs.mkdirSync(dir, { recursive: true });
  const out: MalformedFile[] = [];
  const rnd = seededRandom(8);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
  const put = (family: MalformedFamily, name: string, what: string, content: string | Buffer) => {
    const file = path.join(dir, `${String(out.length).padStart(3, '0')}-${family}-${name}`);
    fs.writeFileSync(file, content);
    out.push({ file, family, what });
  };
  const tpl = templates();
  const emptyOf: Record<string, string> = {
    sshd: 'Mar  1 10:00:00 host CRON[42]: (root) CMD (run-parts /etc/cron.hourly)\n',
    entraJson: '{"records":[]}\n',
    winNdjson: '[]\n',
  };

  for (const [key, t] of Object.entries(tpl)) {
    const full = Buffer.from(t.header + t.body);
    const gz = zlib.gzipSync(full);
    for (const share of [0.02, 0.2, 0.5, 0.9, 0.99]) {
      put('truncated-gzip', `${key}-${share}.${t.ext}.gz`, `${key} gzip cut at ${share * 100}%`, gz.subarray(0, Math.max(10, Math.floor(gz.length * share))));
    }

    const text = t.header + t.body;
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    put('encoding', `${key}-utf16le-bom.${t.ext}`, `${key} as UTF-16LE with BOM`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    put('encoding', `${key}-utf16be-bom.${t.ext}`, `${key} as UTF-16BE with BOM`, Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
    put('encoding', `${key}-utf32.${t.ext}`, `${key} as UTF-32LE with BOM`, Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...text].map((ch) => Buffer.from([ch.charCodeAt(0) & 0xff, 0, 0, 0]))]));
    const lines = text.split('\n');
    const mixed = lines.map((l, i) => (i % 2 ? Buffer.from(`${l}é\n`, 'latin1') : Buffer.from(`${l}é\n`, 'utf8')));
    put('encoding', `${key}-mixed-utf8-latin1.${t.ext}`, `${key} alternating UTF-8 and Latin-1 lines`, Buffer.concat(mixed));
    put('encoding', `${key}-invalid-utf8.${t.ext}`, `${key} with invalid UTF-8 sequences`, Buffer.concat([Buffer.from(t.header), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x0a]), Buffer.from(t.body)]));
    put('encoding', `${key}-utf16-half.${t.ext}`, `${key} whose first half is UTF-8 and second half UTF-16LE`, Buffer.concat([Buffer.from(text.slice(0, text.length / 2)), Buffer.from(text.slice(text.length / 2), 'utf16le')]));

    put('nul-bytes', `${key}-nul-header.${t.ext}`, `${key} with a NUL in the first line`, Buffer.from(`\0${text}`));
    put('nul-bytes', `${key}-nul-mid.${t.ext}`, `${key} with NULs inside a row`, Buffer.from(text.replace(/user3/, 'us\0\0er3')));
    put('nul-bytes', `${key}-nul-interleaved.${t.ext}`, `${key} with a NUL after every byte and no BOM`, Buffer.from(text, 'utf16le'));
    put('nul-bytes', `${key}-nul-tail.${t.ext}`, `${key} followed by 64 KiB of NULs`, Buffer.concat([Buffer.from(text), Buffer.alloc(65_536)]));
    put('nul-bytes', `${key}-all-nul.${t.ext}`, `${key} name but only NUL bytes`, Buffer.alloc(4096));

    const noRecords = t.header || (emptyOf[key] ?? '');
    put('empty-or-header-only', `${key}-header-only.${t.ext}`, `${key} header or envelope without records`, noRecords);
    put('empty-or-header-only', `${key}-header-no-newline.${t.ext}`, `${key} header or envelope without records or newline`, noRecords.trimEnd());
  }
  for (const [name, content] of [
    ['empty.csv', ''],
    ['bom-only.csv', '\ufeff'],
    ['newline.csv', '\n'],
    ['crlf-only.csv', '\r\n\r\n\r\n'],
    ['spaces.json', '   \n\t  '],
  ] as const) {
    put('empty-or-header-only', name, `empty-ish file ${JSON.stringify(content)}`, content);
  }

  const huge = 'x'.repeat(10 * 1024 * 1024);
  put('huge-line', 'transfer-10mb-field.csv', 'transfer log with a 10 MB user id', `${tpl.transfer.header}2026-01-01T00:00:00Z,${huge},1\n${tpl.transfer.body}`);
  put('huge-line', 'transfer-10mb-no-newline.csv', 'transfer log ending in a 10 MB line without newline', `${tpl.transfer.header}${tpl.transfer.body}${huge}`);
  put('huge-line', 'leak-10mb-field.csv', 'leak CSV with a 10 MB email', `${tpl.leakCsv.header}${huge}@x.example,p,a,b,c\n${tpl.leakCsv.body}`);
  put('huge-line', 'leak-10mb-header.csv', 'leak CSV whose header is 10 MB', `email,${huge}\n${tpl.leakCsv.body}`);
  put('huge-line', 'sshd-10mb-line.log', 'syslog with a 10 MB message', `${tpl.sshd.body}Mar  9 10:00:00 host sshd[1]: Failed password for ${huge} from 1.2.3.4 port 22 ssh2\n`);
  put('huge-line', 'signin-10mb-upn.csv', 'SigninLogs CSV with a 10 MB user', `${tpl.signinCsv.header}2026-01-01T00:00:00Z,${huge},50126,1.2.3.4,P\n${tpl.signinCsv.body}`);
  put('huge-line', 'ndjson-10mb-line.json', 'NDJSON with a 10 MB record', `${tpl.winNdjson.body}{"EventID":4625,"TargetUserName":"${huge}"}\n`);

  for (const key of ['transfer', 'signinCsv', 'leakCsv'] as const) {
    const t = tpl[key];
    const [h, ...rows] = (t.header + t.body).split('\n');
    put('unbalanced-quotes', `${key}-header-quote.csv`, `${key} with an unclosed quote in the header`, `"${h}\n${rows.join('\n')}`);
    put('unbalanced-quotes', `${key}-row-quote.csv`, `${key} with a row opening a quote never closed`, [h, ...rows.slice(0, 5), `"${rows[5]}`, ...rows.slice(6)].join('\n'));
    put('unbalanced-quotes', `${key}-last-quote.csv`, `${key} whose last row opens a quote`, `${h}\n${rows.join('\n')}"unterminated,`);
    put('unbalanced-quotes', `${key}-stray-quotes.csv`, `${key} with quotes inside unquoted fields`, [h, ...rows.map((r) => r.replace(',', ',a"b"c'))].join('\n'));
    put('unbalanced-quotes', `${key}-every-quote.csv`, `${key} with a quote opened on every row`, [h, ...rows.map((r) => `"${r}`)].join('\n'));
  }

  const entra = tpl.entraJson.body;
  const nd = tpl.winNdjson.body;
  const arr = JSON.stringify(JSON.parse(`[${nd.trim().split('\n').join(',')}]`));
  for (const [key, body] of [
    ['entra', entra],
    ['array', arr],
    ['ndjson', nd],
  ] as const) {
    put('json-trailing-garbage', `${key}-garbage.json`, `${key} JSON followed by text`, `${body}\ngarbage after the end`);
    put('json-trailing-garbage', `${key}-two-docs.json`, `${key} JSON followed by a second document`, `${body}{"second":true}`);
    put('json-trailing-garbage', `${key}-trailing-comma.json`, `${key} JSON with a trailing comma`, body.replace(/\}(\s*\]?\}?\s*)$/, '},$1'));
    put('json-trailing-garbage', `${key}-cut.json`, `${key} JSON cut inside a string`, body.slice(0, Math.floor(body.length * 0.6)) + '"unterminated');
    put('json-trailing-garbage', `${key}-nul-end.json`, `${key} JSON followed by NULs`, Buffer.concat([Buffer.from(body), Buffer.alloc(100)]));
    put('json-trailing-garbage', `${key}-bad-middle.json`, `${key} JSON with a broken record in the middle`, body.replace('"user3', '"user3\\x'));
  }

  const sqlHead = tpl.sqlDump.header;
  const sqlRows = tpl.sqlDump.body;
  for (const [name, sql] of [
    ['missing-paren', sqlHead.replace(/\);\n$/, ';\n') + sqlRows],
    ['unterminated-string', sqlHead + sqlRows.replace("'person3@", "'person3@ never closed")],
    ['wrong-column-count', sqlHead + sqlRows + "INSERT INTO `users` VALUES (1,'a');\n"],
    ['garbage-create', 'CREATE TABLE users id int email;\n' + sqlRows],
    ['no-create', sqlRows.replace(/users/g, 'ghosts')],
    ['bad-escape', sqlHead + "INSERT INTO `users` VALUES (1,'a\\',2);\n" + sqlRows],
    ['insert-no-values', sqlHead + 'INSERT INTO `users`;\n'.repeat(20)],
    ['keywords-soup', 'SELECT FROM WHERE INSERT INTO VALUES ((((;\n'.repeat(50)],
    ['half-statement', sqlHead + sqlRows.slice(0, Math.floor(sqlRows.length / 2))],
    ['drop-and-grant', sqlHead + 'DROP DATABASE prod; GRANT ALL ON *.* TO x;\n' + sqlRows],
    ['copy-stdin', sqlHead + 'COPY users (id, email) FROM stdin;\n1\tperson@mail.example\n2\n\\.\n' + sqlRows.slice(0, 200)],
    ['binary-blob', sqlHead + `INSERT INTO \`users\` VALUES (1,_binary '${bytes(300).toString('latin1')}','x');\n`],
  ] as const) {
    put('sql-syntax', `${name}.sql`, `SQL dump: ${name}`, sql);
  }

  const magics: Array<[string, number[]]> = [
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['elf', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
    ['zip', [0x50, 0x4b, 0x03, 0x04]],
    ['pdf', [...Buffer.from('%PDF-1.7\n')]],
    ['sqlite', [...Buffer.from('SQLite format 3\0')]],
    ['duckdb', [0, 0, 0, 0, 0, 0, 0, 0, ...Buffer.from('DUCK')]],
    ['xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]],
    ['gzip-of-random', [0x1f, 0x8b, 8, 0]],
  ];
  for (const [name, magic] of magics) put('binary-as-csv', `${name}.csv`, `${name} bytes named .csv`, Buffer.concat([Buffer.from(magic), bytes(4000)]));
  for (let i = 0; i < 8; i++) put('binary-as-csv', `random-${i}.csv`, `random bytes named .csv (${1 << (i + 6)} bytes)`, bytes(1 << (i + 6)));
  put('binary-as-csv', 'gzipped-random.csv', 'gzip of random bytes named .csv', zlib.gzipSync(bytes(20_000)));
  put('binary-as-csv', 'csv-then-binary.csv', 'a valid transfer header then binary', Buffer.concat([Buffer.from(tpl.transfer.header), bytes(5000)]));

  for (const depth of [1_000, 10_000, 100_000]) {
    put('deep-json', `array-${depth}.json`, `arrays nested ${depth} deep`, '['.repeat(depth) + ']'.repeat(depth));
    put('deep-json', `object-${depth}.json`, `objects nested ${depth} deep`, '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
  }
  put('deep-json', 'records-deep.json', 'an Entra envelope whose record is nested 50 000 deep', `{"records":[${'{"properties":'.repeat(50_000)}{}${'}'.repeat(50_000)}]}`);
  put('deep-json', 'ndjson-deep.json', 'NDJSON with one line nested 20 000 deep', `${nd}${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
  put('deep-json', 'unclosed-deep.json', 'arrays opened 100 000 deep and never closed', '['.repeat(100_000));
  return out;
}
