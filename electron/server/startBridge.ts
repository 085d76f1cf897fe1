import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { err } from '../../shared/result';
import { dispatch } from '../engine/dispatch';
import type { GuardedApi } from '../engine/privacy/guardPersonalData';
import { BodyRefused, readJsonBody } from './readJsonBody';
import { checkHostAndOrigin, checkToken, type Refusal } from './requestGuard';
import { securityHeaders, serveStatic } from './serveStatic';

/** A running bridge: where to open it and how to stop it. */
export interface Bridge {
  port: number;
  token: string;
  /** The address to open, carrying the token in the fragment so it never reaches a server log. */
  url: string;
  close(): Promise<void>;
}

/** Serves the renderer build and POST /api/<method> on 127.0.0.1 only, behind a per-launch token. */
export async function startBridge(opts: { service: GuardedApi; staticDir: string; port?: number }): Promise<Bridge> {
  const token = randomBytes(32).toString('hex');
  let port = 0;
  const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, refusal: NonNullable<Refusal>) =>
    sendJson(res, refusal.status, err('forbidden', refusal.message));

  const server = http.createServer((req, res) => {
    const hostRefusal = checkHostAndOrigin(req, port);
    if (hostRefusal) return refuse(res, hostRefusal);
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, { status: 405, message: 'Method not allowed.' });
      return serveStatic(opts.staticDir, url, res);
    }
    if (req.method !== 'POST') return refuse(res, { status: 405, message: 'API calls are POST.' });
    const tokenRefusal = checkToken(req, token);
    if (tokenRefusal) return refuse(res, tokenRefusal);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, { status: 415, message: 'API calls send application/json.' });
    }
    const method = url.slice('/api/'.length).split('?')[0] ?? '';
    readJsonBody(req)
      .then((arg) => dispatch(opts.service, method, arg))
      .then((result) => sendJson(res, 200, result))
      .catch((e: Error) => sendJson(res, e instanceof BodyRefused ? e.status : 500, err('invalid_argument', e.message)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
