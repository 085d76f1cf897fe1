import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../shared/api';
import { dispatch } from './dispatch';
import { withTempCase } from './testing/withTempCase';

describe('dispatch', () => {
  it('refuses wrong types, unknown keys, huge strings and unknown methods before the engine runs', async () => {
    await withTempCase(async (engine) => {
      const s = engine.api;
      expect(await dispatch(s, 'addSource', { path: 42, kind: 'transfer' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      expect(await dispatch(s, 'addSource', { path: '/x', kind: 'nonsense' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      expect(await dispatch(s, 'addSource', { path: 'x'.repeat(100_000), kind: 'transfer' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      expect(await dispatch(s, 'listSources', { sneaky: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      expect(await dispatch(s, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await dispatch(s, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    });
  });

  it('wraps values and user errors in a Result', async () => {
    await withTempCase(async (engine) => {
      expect(await dispatch(engine.api, 'listSources', {})).toEqual({ ok: true, value: [] });
      const missing = await dispatch(engine.api, 'addSource', { path: '/nonexistent/file.csv', kind: 'transfer' });
      expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: '/nonexistent/file.csv: no such file.' } });
    });
  });

  it('answers every Api method with a Result, never a throw, even for an empty argument', async () => {
    await withTempCase(async (engine) => {
      for (const m of apiMethods) {
        const r = await dispatch(engine.api, m, undefined);
        expect(typeof r.ok, m).toBe('boolean');
      }
    });
  });
});

describe('revealCall', () => {
  it('runs another method unmasked, writes the reveal to the audit trail, and refuses itself and unknown methods', async () => {
    await withTempCase(async (engine) => {
      expect(await dispatch(engine.api, 'revealCall', { view: 'signin', method: 'listSources', arg: {} })).toEqual({ ok: true, value: [] });
      const audit = await engine.service.tablePage({ table: 'audit', filters: [{ column: 'action', op: 'eq', value: 'reveal_pii' }] });
      expect(audit.total).toBe(1);
      expect(audit.rows[0]?.join(' ')).toContain('"view":"signin"');
      expect(await dispatch(engine.api, 'revealCall', { view: 'x', method: 'revealCall', arg: {} })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      expect(await dispatch(engine.api, 'revealCall', { view: 'x', method: '__proto__' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      expect(await dispatch(engine.api, 'revealCall', { view: 'x', method: 'listSources', arg: { sneaky: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      engine.close();
      expect(await dispatch(engine.api, 'revealCall', { view: 'signin', method: 'listSources', arg: {} })).toMatchObject({ ok: false, error: { code: 'no_case' } });
    });
  });
});
