import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { err } from '../../shared/result';
import { dispatch, isApiMethod } from '../engine/dispatch';
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

/** Answers a raw socket the HTTP parser gave up on (or a CONNECT/upgrade the bridge never accepts) with a 4xx, then closes it. */
function refuseSocket(socket: Duplex, status: number, reason: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  else socket.destroy();
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

  /** The bridge proper; anything it throws is answered by the server's last-resort handler below. */
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const hostRefusal = checkHostAndOrigin(req, port);
    if (hostRefusal) return refuse(res, hostRefusal);
    const url = req.url ?? '';
    if (req.httpVersionMajor !== 1 || !url.startsWith('/')) return refuse(res, { status: 400, message: 'Expected an HTTP/1.x request for a path.' });
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, { status: 405, message: 'Method not allowed.' });
      return serveStatic(opts.staticDir, url, res);
    }
    if (req.method !== 'POST') return refuse(res, { status: 405, message: 'API calls are POST.' });
    const tokenRefusal = checkToken(req, token);
    if (tokenRefusal) return refuse(res, tokenRefusal);
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      return refuse(res, { status: 415, message: 'API calls send application/json.' });
    }
    const method = url.slice('/api/'.length).split('?')[0] ?? '';
    if (!isApiMethod(method)) {
      req.resume();
      return sendJson(res, 404, err('not_found', `Unknown method "${method.slice(0, 64)}".`));
    }
    let arg: unknown;
    try {
      arg = await readJsonBody(req);
    } catch (e) {
      if (e instanceof BodyRefused) return sendJson(res, e.status, err('invalid_argument', e.message));
      throw e;
    }
    sendJson(res, 200, await dispatch(opts.service, method, arg));
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      console.error(`[bridge] ${req.method} request failed: ${e.message}`);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, err('internal', 'The bridge could not answer this request.'));
    });
  });
  server.on('clientError', (e: NodeJS.ErrnoException, socket) => {
    if (e.code === 'HPE_HEADER_OVERFLOW') refuseSocket(socket, 431, 'Request Header Fields Too Large');
    else refuseSocket(socket, 400, 'Bad Request');
  });
  server.on('connect', (_req, socket) => refuseSocket(socket, 405, 'Method Not Allowed'));
  server.on('upgrade', (_req, socket) => refuseSocket(socket, 400, 'Bad Request'));
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
