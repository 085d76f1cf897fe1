import type { IncomingMessage } from 'node:http';

/** Largest API request body accepted; arguments are small, evidence never travels through the bridge. */
export const maxBodyBytes = 1 << 20;

/** Reads and parses a JSON request body, refusing bodies over `maxBodyBytes`. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error(`Request body over ${maxBodyBytes} bytes refused.`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.length === 0 ? {} : JSON.parse(text);
}
