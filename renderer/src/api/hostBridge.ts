import type { RemoteApi } from '../../../shared/remoteApi';

/** What the Electron preload exposes on window; absent in a plain browser. */
export interface HostBridge {
  api: RemoteApi;
  chooseFiles(): Promise<string[]>;
  chooseFolder(): Promise<string | null>;
}

/** The preload's bridge when running inside Electron, else undefined. */
export function electronHost(): HostBridge | undefined {
  return (window as unknown as { breachdesk?: HostBridge }).breachdesk;
}
