import { z } from 'zod';
import { limits } from './limits';

/** True for an absolute POSIX or Windows path (`/x`, `C:\x`, `\\server\share`). */
export function isAbsolutePath(p: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p);
}

/**
 * A file or folder path crossing a transport: absolute, without `..` segments or NUL bytes, so what the
 * engine opens is exactly what the analyst chose, never something relative to the engine's working folder.
 */
export const pathArg = z
  .string()
  .min(1)
  .max(limits.pathChars)
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL byte')
  .refine(isAbsolutePath, 'expected an absolute path')
  .refine((p) => !/(^|[\\/])\.\.([\\/]|$)/.test(p), 'a path cannot contain ".." segments');
