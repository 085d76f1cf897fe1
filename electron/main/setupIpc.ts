import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiMethods } from '../../shared/api';
import { apiChannel } from '../../shared/ipcChannels';
import { err } from '../../shared/result';
import { dispatch } from '../engine/dispatch';
import type { GuardedApi } from '../engine/privacy/guardPersonalData';

/** True when an IPC call comes from the app's own top frame, not from some other content. */
export function isTrustedSender(event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** One IPC handler per Api method, generated from the method list, each going through dispatch. */
export function setupIpc(service: GuardedApi, isAppUrl: (url: string) => boolean): void {
  for (const method of apiMethods) {
    ipcMain.handle(apiChannel(method), (event, arg: unknown) =>
      isTrustedSender(event, isAppUrl) ? dispatch(service, method, arg) : err('forbidden', 'IPC from an untrusted frame refused.'),
    );
  }
}
