import type { Loader } from '../../Loader';
import { leakCombolist } from './leakCombolist';
import { leakDelimited } from './leakDelimited';
import { leakJson } from './leakJson';
import { leakParquet } from './leakParquet';
import { leakPgDump } from './leakPgDump';
import { leakSqlDump } from './leakSqlDump';
import { leakXlsx } from './leakXlsx';

/** The leaked-dataset loaders, most specific first; delimited text is the fallback that refuses binary files. */
export const leakLoaders: Loader[] = [leakXlsx, leakParquet, leakPgDump, leakSqlDump, leakJson, leakCombolist, leakDelimited];
