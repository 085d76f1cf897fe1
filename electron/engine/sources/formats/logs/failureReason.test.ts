import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlString } from '../../../sql/sqlString';
import { entraCodeSql, entraReasonSql, ntstatusPickSql, ntstatusReasonSql, ntstatusSql, textReasonSql } from './failureReason';
import { passwordAcceptedSql } from './passwordAcceptedSql';

let instance: DuckDBInstance;

/** Evaluates a scalar SQL expression over one VARCHAR value `v`. */
async function evalOn(sql: (v: string) => string, value: string | null): Promise<string | null> {
  const c = await instance.connect();
  try {
    const reader = await c.runAndReadAll(`SELECT CAST(${sql('v')} AS VARCHAR) AS r FROM (SELECT CAST(${value === null ? 'NULL' : sqlString(value)} AS VARCHAR) AS v)`);
    return (reader.getRowObjectsJson()[0] as { r: string | null }).r;
  } finally {
    c.closeSync();
  }
}

describe('failure vocabulary', () => {
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  it('maps Entra codes, stored as plain decimal strings', async () => {
    const cases: Array<[string, string]> = [
      ['50126', 'bad_password'],
      ['50034', 'no_such_user'],
      ['50053', 'locked'],
      ['50055', 'expired'],
      ['50056', 'bad_password'],
      ['7000215', 'bad_password'],
      ['7000222', 'expired'],
      ['50072', 'mfa_required'],
      ['50074', 'mfa_required'],
      ['50076', 'mfa_required'],
      ['50079', 'mfa_required'],
      ['50158', 'mfa_required'],
      ['53004', 'mfa_required'],
      ['500121', 'mfa_denied'],
      ['50088', 'mfa_denied'],
      ['50140', 'interrupted'],
      ['50125', 'interrupted'],
      ['16000', 'interrupted'],
      ['50057', 'other'],
      ['53003', 'other'],
    ];
    for (const [code, reason] of cases) expect(await evalOn((v) => entraReasonSql(entraCodeSql(v)), code)).toBe(reason);
    expect(await evalOn(entraCodeSql, ' 50126.0 ')).toBe('50126');
  });

  it('maps NTSTATUS in any case or as a signed decimal, SubStatus first when meaningful', async () => {
    const cases: Array<[string, string]> = [
      ['0xC000006A', 'bad_password'],
      ['0xc0000064', 'no_such_user'],
      ['0XC0000234', 'locked'],
      ['0xC0000072', 'other'],
      ['0xC000006F', 'other'],
      ['0xC0000070', 'other'],
      ['0xC0000071', 'expired'],
      ['0xc0000193', 'expired'],
      ['C000006A', 'bad_password'],
      ['-1073741718', 'bad_password'],
    ];
    for (const [code, reason] of cases) expect(await evalOn((v) => ntstatusReasonSql(ntstatusSql(v)), code)).toBe(reason);
    const pick = (status: string, sub: string) => evalOn(() => ntstatusPickSql(ntstatusSql(sqlString(status)), ntstatusSql(sqlString(sub))), null);
    expect(await pick('0xc000006d', '0xC0000064')).toBe('0xc0000064');
    expect(await pick('0xC0000234', '0x0')).toBe('0xc0000234');
    expect(await pick('0xC0000234', '-')).toBe('0xc0000234');
  });

  it('maps the textual reasons of Okta, O365, CloudTrail, Google and sshd', async () => {
    const cases: Array<[string | null, string]> = [
      ['INVALID_CREDENTIALS', 'bad_password'],
      ['LOCKED_OUT', 'locked'],
      ['UNKNOWN_USER', 'no_such_user'],
      ['PASSWORD_EXPIRED', 'expired'],
      ['InvalidUserNameOrPassword', 'bad_password'],
      ['UserAccountNotFound', 'no_such_user'],
      ['IdsLocked', 'locked'],
      ['Failed authentication', 'bad_password'],
      ['No username found in supplied account', 'no_such_user'],
      ['login_failure_invalid_password', 'bad_password'],
      ['login_failure_invalid_second_factor', 'mfa_denied'],
      ['login_failure_missing_second_factor', 'mfa_required'],
      ['VERIFICATION_ERROR', 'mfa_denied'],
      ['UserStrongAuthClientAuthNRequiredInterrupt', 'mfa_required'],
      ['KmsiInterrupt', 'interrupted'],
      ['MFA registration required', 'mfa_required'],
      ['Second factor rejected', 'mfa_denied'],
      ['Authentication failed during strong authentication request', 'mfa_denied'],
      ['Failed password', 'bad_password'],
      ['Failed password for invalid user', 'no_such_user'],
      ['Invalid user', 'no_such_user'],
      ['something else', 'other'],
      [null, 'other'],
    ];
    for (const [text, reason] of cases) expect(await evalOn(textReasonSql, text)).toBe(reason);
  });
});

describe('passwordAcceptedSql', () => {
  it('counts a success and the three after-password reasons, never a bad password or a NULL row', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      const reader = await c.runAndReadAll(
        `SELECT r, ${passwordAcceptedSql('s')} AS ok, ${passwordAcceptedSql()} AS bare
         FROM (VALUES ('ok', true, NULL), ('bad_password', false, 'bad_password'), ('mfa_required', false, 'mfa_required'),
                      ('mfa_denied', false, 'mfa_denied'), ('interrupted', false, 'interrupted'), ('other', false, 'other'),
                      ('null', NULL, NULL)) AS s(r, success, failure_reason) ORDER BY r`,
      );
      const rows = reader.getRowObjectsJson() as Array<{ r: string; ok: boolean; bare: boolean }>;
      expect(Object.fromEntries(rows.map((x) => [x.r, x.ok]))).toEqual({
        bad_password: false,
        interrupted: true,
        mfa_denied: true,
        mfa_required: true,
        null: false,
        ok: true,
        other: false,
      });
      expect(rows.every((x) => x.ok === x.bare)).toBe(true);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
