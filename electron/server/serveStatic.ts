import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../../shared/csp';
import { contentTypeOf } from '../../shared/contentTypes';
import { decodeUrlPath } from '../../shared/decodeUrlPath';

/** Headers every bridge response carries: the renderer's CSP and no sniffing, caching or framing. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** A regular file's path, or null when it is missing, a folder or unreadable. */
function regularFile(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? file : null;
}

/**
 * Serves a file of the renderer build, never anything outside `root`; unknown paths fall back to index.html. A path that
 * does not decode (bad percent-encoding, NUL) is refused with 400, one that leaves `root` with 403.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const rel = decodeUrlPath(urlPath);
  if (rel === null) {
    res.writeHead(400, { ...securityHeaders(), 'Content-Type': 'text/plain' }).end('Bad request path.');
    return;
  }
  const base = path.resolve(root);
  const asked = path.resolve(base, rel.replace(/^\/+/, '') || 'index.html');
  if (!asked.startsWith(base + path.sep) && asked !== base) {
    res.writeHead(403, { ...securityHeaders(), 'Content-Type': 'text/plain' }).end('Forbidden');
    return;
  }
  const file = regularFile(asked) ?? regularFile(path.join(base, 'index.html'));
  if (!file) {
    res.writeHead(500, { ...securityHeaders(), 'Content-Type': 'text/plain' }).end('The renderer is not built: run `npm run build:renderer`.');
    return;
  }
  const stream = fs.createReadStream(file);
  stream.once('error', () => res.destroy());
  stream.once('open', () => {
    res.writeHead(200, { ...securityHeaders(), 'Content-Type': contentTypeOf(path.extname(file)) });
    stream.pipe(res);
  });
}
