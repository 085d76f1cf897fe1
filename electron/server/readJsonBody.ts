import type { IncomingMessage } from 'node:http';

/** Largest API request body accepted; arguments are small, evidence never travels through the bridge. */
export const maxBodyBytes = 1 << 20;

/** A body the bridge will not read, with the HTTP status to answer. */
export class BodyRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads and parses a JSON request body, refusing bodies over `maxBodyBytes` (the rest is drained unread). */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) {
    req.resume();
    throw new BodyRefused(413, `Request body of ${declared} bytes refused: the limit is ${maxBodyBytes}.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) {
      req.resume();
      throw new BodyRefused(413, `Request body over ${maxBodyBytes} bytes refused.`);
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new BodyRefused(400, 'Request body is not valid JSON.');
  }
}
