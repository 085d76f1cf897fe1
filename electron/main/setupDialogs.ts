import { BrowserWindow, dialog, ipcMain } from 'electron';
import { hostChannels } from '../../shared/ipcChannels';
import { isTrustedSender } from './setupIpc';

/** Native file and folder pickers: the only way the Electron renderer learns a path; only the app's own frame may ask. */
export function setupDialogs(isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(hostChannels.chooseFiles, async (event) => {
    if (!isTrustedSender(event, isAppUrl)) return [];
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Add evidence files', properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'> };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? [] : r.filePaths;
  });
  ipcMain.handle(hostChannels.chooseFolder, async (event) => {
    if (!isTrustedSender(event, isAppUrl)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Open or create a case folder', properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });
  ipcMain.handle(hostChannels.chooseSavePath, async (event, suggestedName: unknown) => {
    if (!isTrustedSender(event, isAppUrl)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Save report as', defaultPath: typeof suggestedName === 'string' ? suggestedName.slice(0, 200) : 'report' };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled ? null : (r.filePath ?? null);
  });
}
