import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { contentTypeOf } from '../../shared/contentTypes';
import { contentSecurityPolicy } from '../../shared/csp';
import { appScheme, resolveAppPath } from './resolveAppPath';

/** Declares app:// a standard, secure scheme (origin, relative URLs, fetch of its own files); must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves app://bundle/… from the renderer build folder only, with the renderer's CSP; anything else is refused. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, (request) => {
    const file = request.method === 'GET' ? resolveAppPath(rendererDir, request.url) : null;
    const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!file || !stat?.isFile()) return new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': contentSecurityPolicy } });
    return new Response(fs.readFileSync(file), {
      status: 200,
      headers: { 'Content-Type': contentTypeOf(path.extname(file)), 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' },
    });
  });
}
