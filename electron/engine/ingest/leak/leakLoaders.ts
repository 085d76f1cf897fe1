import type { Loader } from '../Loader';
import { leakDelimited } from './leakDelimited';
import { leakJson } from './leakJson';
import { leakParquet } from './leakParquet';

/** The leaked-dataset loaders, most specific first; delimited text is the fallback that refuses binary files. */
export const leakLoaders: Loader[] = [leakParquet, leakJson, leakDelimited];
