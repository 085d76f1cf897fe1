import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCase } from '../engine/case/requireCase';
import { queryRows } from '../engine/sql/queryRows';
import { dispatch } from '../engine/dispatch';
import { withTempCase, writeInput } from '../engine/testing/withTempCase';

const secret = 'eve.secret@corp.example';
const t = (i: number) => `2026-01-01T0${i}:00:00Z`;

/** Bad files whose refused field holds the secret, with the line and the expectation their error must name. */
const inputs = [
  {
    name: 'transfer_bytes.csv',
    kind: 'transfer' as const,
    text: `timestamp,user_id,bytes_transferred\n${t(1)},alice,100\n${t(2)},bob,${secret}\n${t(3)},carol,300\n`,
    line: 3,
    expected: /expected .*in column bytes_transferred, got a 23-character value of letters and symbols/,
  },
  {
    name: 'transfer_time.csv',
    kind: 'transfer' as const,
    text: `timestamp,user_id,bytes_transferred\n${t(1)},alice,100\n${secret},bob,200\n${t(3)},carol,300\n`,
    line: 3,
    expected: /expected .*in column timestamp, got a 23-character value/,
  },
  {
    name: 'signins.csv',
    kind: 'signin' as const,
    text: `TimeGenerated [UTC],UserPrincipalName,ResultType,IPAddress,AppDisplayName\n${t(1)},ann@corp.example,50126,203.0.113.5,Portal\n${secret},ann@corp.example,50126,203.0.113.5,Portal\n${t(3)},ann@corp.example,0,203.0.113.5,Portal\n`,
    line: 3,
    expected: /expected .*got a 23-character value/,
  },
  {
    name: 'dump.sql',
    kind: 'leak' as const,
    text: "CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(255));\nINSERT INTO `users` VALUES (1,'ann@mail.example'),(2,'bob@mail.example');\nINSERT INTO `users` VALUES (3,'x' 'eve.secret@corp.example');\n",
    line: 3,
    expected: /expected "," or "\)" after a value, got a \d+-character value/,
  },
];

describe('errors, reject reasons and audit entries never echo a personal value', () => {
  it.each(inputs)('$name: the refusal names the file, the line and what was expected, and not the value; the raw line is kept', async (input) => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, input.name, input.text);
      const refused = await dispatch(engine.api, 'addSource', { path: file, kind: input.kind, maxRejectShare: 0, options: {} });
      expect(refused.ok).toBe(false);
      const message = refused.ok ? '' : refused.error.message;
      expect(message).toContain(`${input.name} line ${input.line}: `);
      expect(message).toMatch(input.expected);
      expect(message).not.toContain(secret);

      const loaded = await dispatch(engine.api, 'addSource', { path: file, kind: input.kind, maxRejectShare: 1, options: {} });
      expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
      const rows = await requireCase(engine.ctx).withConnection(async (c) => ({
        rejects: await queryRows<{ line: number; reason: string; raw: string }>(c, `SELECT line::INTEGER AS line, reason, raw FROM rejects`),
        audit: await queryRows<{ detail: string }>(c, `SELECT detail::VARCHAR AS detail FROM audit`),
      }));
      expect(rows.rejects.map((r) => r.line)).toContain(input.line);
      for (const r of rows.rejects) {
        expect(r.reason).toMatch(/^expected /);
        expect(r.reason).not.toContain(secret);
      }
      expect(rows.rejects.some((r) => r.raw.includes(secret)), 'the rejected line itself is kept as evidence').toBe(true);
      expect(rows.audit.some((a) => a.detail.includes('ingest_refused') || a.detail.includes(input.name))).toBe(true);
      for (const a of rows.audit) expect(a.detail).not.toContain(secret);
    });
  });

  it('the CLI prints the same refusal without the value', async () => {
    await withTempCase(async (_engine, { work }) => {
      const input = inputs[0] as (typeof inputs)[number];
      const file = writeInput(work, input.name, input.text);
      const cli = path.resolve(__dirname, '../cli.ts');
      const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'ingest', '--case', path.join(work, 'cli-case'), '--transfer', file, '--max-reject-share', '0'], {
        encoding: 'utf8',
        env: { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config') },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${input.name} line 3: expected`);
      expect(`${r.stdout}${r.stderr}`).not.toContain(secret);
      expect(fs.readFileSync(file, 'utf8')).toBe(input.text);
    });
  });

  it('a DuckDB message quoting a value is scrubbed before it is shown', async () => {
    const { scrubQuotedValues } = await import('../engine/db/scrubQuotedValues');
    expect(scrubQuotedValues(`Conversion Error: Could not convert string '${secret}' to INT64`)).toBe("Conversion Error: Could not convert string '…' to INT64");
    expect(scrubQuotedValues(`Invalid Input Error: value "${secret}" at line 3`)).not.toContain(secret);
    expect(scrubQuotedValues(`Invalid Input Error: Malformed JSON at byte 31 of input: unexpected end of data.  Input: {"a":"${secret}",`)).toBe(
      'Invalid Input Error: Malformed JSON at byte 31 of input: unexpected end of data.',
    );
  });
});
