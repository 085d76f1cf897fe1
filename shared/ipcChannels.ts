import type { ApiMethod } from './api';

/** The IPC channel carrying one Api method; both the main-process handlers and the preload derive it here. */
export function apiChannel(method: ApiMethod): string {
  return `api:${method}`;
}

/** Host-only channels (native dialogs) that exist in Electron but are not part of Api. */
export const hostChannels = {
  chooseFiles: 'host:chooseFiles',
  chooseFolder: 'host:chooseFolder',
  chooseSavePath: 'host:chooseSavePath',
} as const;
