import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { apiMethods } from '../../shared/api';
import { apiChannel, hostChannels } from '../../shared/ipcChannels';

// Exposes exactly the Api methods (generated from the method list), two native dialogs and the path of a
// dropped file; nothing else.
contextBridge.exposeInMainWorld('breachdesk', {
  api: Object.fromEntries(apiMethods.map((m) => [m, (arg: unknown) => ipcRenderer.invoke(apiChannel(m), arg)])),
  chooseFiles: () => ipcRenderer.invoke(hostChannels.chooseFiles),
  chooseFolder: () => ipcRenderer.invoke(hostChannels.chooseFolder),
  chooseSavePath: (suggestedName: string) => ipcRenderer.invoke(hostChannels.chooseSavePath, suggestedName),
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});
