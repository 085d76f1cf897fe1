import { createHash } from 'node:crypto';

/** Breachdesk's UUID namespace for report objects, so the same case and subject always yield the same id. */
export const breachdeskNamespace = '6f1c1b8e-3d4a-4c59-9a57-5b0f3c1e2d7a';

/** An RFC 4122 version-5 UUID (SHA-1 of namespace and name): deterministic, so re-issued reports keep their ids. */
export function uuidV5(name: string, namespace = breachdeskNamespace): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
