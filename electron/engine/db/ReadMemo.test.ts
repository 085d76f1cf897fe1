import { describe, expect, it } from 'vitest';
import { ReadMemo } from './ReadMemo';

/** A computation that counts its runs and can be held open until released. */
function counted() {
  let runs = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    fn: async () => ++runs,
    slow: async () => {
      await held;
      return ++runs;
    },
    release: () => release(),
    runs: () => runs,
  };
}

describe('ReadMemo', () => {
  it('keeps a value per key until a write turn starts, and only what its keep test accepts', async () => {
    const memo = new ReadMemo();
    const c = counted();
    expect(await memo.get('a', c.fn, () => true)).toBe(1);
    expect(await memo.get('a', c.fn, () => true)).toBe(1);
    expect(await memo.get('b', c.fn, () => true)).toBe(2);
    expect(await memo.get('a', c.fn, () => true)).toBe(1);
    expect(await memo.get('b', c.fn, () => true)).toBe(2);
    await memo.aroundWrite(async () => expect(await memo.get('a', c.fn, () => true)).toBe(3));
    expect(await memo.get('a', c.fn, () => true)).toBe(4);
    expect(await memo.get('b', c.fn, () => true)).toBe(5);
    expect(await memo.get('c', c.fn, () => false)).toBe(6);
    expect(await memo.get('c', c.fn, () => false)).toBe(7);
  });

  it('forgets the least recently used value beyond a few', async () => {
    const memo = new ReadMemo();
    const c = counted();
    for (const key of ['a', 'b', 'c', 'd']) await memo.get(key, c.fn, () => true);
    expect(await memo.get('a', c.fn, () => true)).toBe(1);
    expect(await memo.get('e', c.fn, () => true)).toBe(5);
    expect(await memo.get('a', c.fn, () => true)).toBe(1);
    expect(await memo.get('c', c.fn, () => true)).toBe(3);
    expect(await memo.get('b', c.fn, () => true)).toBe(6);
  });

  it('shares a computation still running with a second reader of the same key, not across a write turn', async () => {
    const memo = new ReadMemo();
    const c = counted();
    const first = memo.get('a', c.slow, () => true);
    const second = memo.get('a', c.slow, () => true);
    c.release();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(c.runs()).toBe(1);
    const d = counted();
    const before = memo.get('x', d.slow, () => true);
    await memo.aroundWrite(async () => undefined);
    const after = memo.get('x', d.slow, () => true);
    d.release();
    expect(await Promise.all([before, after])).toEqual([1, 2]);
  });

  it('does not keep a value computed while a write turn ran', async () => {
    const memo = new ReadMemo();
    const c = counted();
    const reading = memo.get('a', c.slow, () => true);
    await memo.aroundWrite(async () => undefined);
    c.release();
    expect(await reading).toBe(1);
    expect(await memo.get('a', c.fn, () => true)).toBe(2);
    expect(c.runs()).toBe(2);
  });
});
