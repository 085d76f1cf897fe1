import { apiMethods, type ApiMethod } from '../../../shared/api';
import type { RemoteApi } from '../../../shared/remoteApi';
import { err, type Result } from '../../../shared/result';

/** Reads the bridge token from the address fragment once, then keeps it for this tab only. */
export function bridgeToken(): string {
  const fromHash = /token=([0-9a-f]{64})/.exec(window.location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem('breachdesk-token', fromHash);
    history.replaceState(null, '', window.location.pathname);
    return fromHash;
  }
  return sessionStorage.getItem('breachdesk-token') ?? '';
}

/** Api over the loopback bridge, generated from the method list: POST /api/<method> with the token. */
export function createHttpApi(token: string): RemoteApi {
  const call = async (method: ApiMethod, arg: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(arg ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch (e) {
      return err('internal', `The engine did not answer: ${(e as Error).message}`);
    }
  };
  return Object.fromEntries(apiMethods.map((m) => [m, (arg: unknown) => call(m, arg)])) as unknown as RemoteApi;
}
