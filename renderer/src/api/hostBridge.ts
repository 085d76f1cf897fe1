import type { RemoteApi } from '../../../shared/remoteApi';

/** What the Electron preload exposes on window; absent in a plain browser. */
export interface HostBridge {
  api: RemoteApi;
  chooseFiles(): Promise<string[]>;
  chooseFolder(): Promise<string | null>;
  /** A native Save As dialog; resolves to the chosen path or null. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The real path of a file dropped on the window (Electron only; browsers hide it). */
  pathForFile(file: File): string;
}

/** The preload's bridge when running inside Electron, else undefined. */
export function electronHost(): HostBridge | undefined {
  return (window as unknown as { breachdesk?: HostBridge }).breachdesk;
}
