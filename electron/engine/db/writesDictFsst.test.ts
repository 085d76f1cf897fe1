import { describe, expect, it } from 'vitest';
import { formatHasDictFsst } from './writesDictFsst';

describe('which case file formats have DICT_FSST', () => {
  it('reads the storage-version tag by its numbers, from v1.3.0 on', () => {
    expect(['v1.0.0+', 'v1.2.0+', 'v0.10.2+', 'v1.2.9+'].map(formatHasDictFsst)).toEqual([false, false, false, false]);
    expect(['v1.3.0+', 'v1.5.0+', 'v1.10.0+', 'v2.0.0+', 'v1.3.1'].map(formatHasDictFsst)).toEqual([true, true, true, true, true]);
  });

  it('says no for a tag it cannot read, so a forced FSST stays where it was used before', () => {
    expect([null, '', 'latest', '1.5.0'].map(formatHasDictFsst)).toEqual([false, false, false, false]);
  });
});
