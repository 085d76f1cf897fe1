import { nativeExternals } from './nativeExternals.mts';
import { runtimeClosure } from './runtimeClosure';
import { runtimeDataPackages } from './runtimeData';

/** Type declarations and source maps: never loaded at run time. */
const typesOrMaps = /\.(d\.[cm]?ts|map)$/;

/**
 * The packager's ignore function: the app holds the Vite output, package.json, the native externals'
 * production closure and the IP datasets, nothing else of the dev tree. Paths arrive as `/relative/to/project`.
 */
export function packageIgnore(projectDir: string): (file: string) => boolean {
  const keep = runtimeClosure(projectDir, [...nativeExternals, ...runtimeDataPackages]).map((dir) => `/${dir}`);
  return (file) => {
    if (!file) return false;
    if (typesOrMaps.test(file)) return true;
    if (file === '/package.json' || file === '/.vite' || file.startsWith('/.vite/')) return false;
    return !keep.some((dir) => file === dir || file.startsWith(`${dir}/`) || dir.startsWith(`${file}/`));
  };
}
