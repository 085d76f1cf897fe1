import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request was refused, or null when it may proceed. */
export type Refusal = { status: number; message: string } | null;

/** Refuses requests whose Host or Origin is not this bridge, which defeats DNS rebinding and cross-site calls. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Refusal {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return { status: 421, message: 'Foreign Host header refused.' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
    return { status: 403, message: 'Foreign Origin refused.' };
  }
  return null;
}

/** Refuses API calls that do not carry this launch's token. */
export function checkToken(req: IncomingMessage, token: string): Refusal {
  const given = /^Bearer ([0-9a-f]{64})$/.exec(req.headers.authorization ?? '')?.[1];
  if (!given || !timingSafeEqual(Buffer.from(given), Buffer.from(token))) {
    return { status: 401, message: 'Missing or wrong bridge token: open the address the bridge printed.' };
  }
  return null;
}
