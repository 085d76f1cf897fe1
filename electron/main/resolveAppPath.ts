import path from 'node:path';
import { decodeUrlPath } from '../../shared/decodeUrlPath';

/** The scheme the renderer is served from in Electron, instead of file:// (whose extra privileges stay fused off). */
export const appScheme = 'app';
/** The one host of that scheme: the renderer build. */
export const appHost = 'bundle';
/** The address of the renderer's page. */
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;

/**
 * The file of the renderer build an app:// request names, or null when it must be refused: another scheme or host,
 * a path that does not decode (bad percent-encoding, NUL, backslash) or one that leaves `root` (`..`, encoded or not).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  const rel = decodeUrlPath(parsed.pathname);
  if (rel === null) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${rel === '/' ? '/index.html' : rel}`);
  return file.startsWith(base + path.sep) ? file : null;
}
