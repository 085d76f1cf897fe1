import path from 'node:path';
import { app } from 'electron';
import { createEngine } from '../engine/createEngine';
import { setHostPdfPrinter } from '../engine/report/pdf/hostPdfPrinter';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { createMainWindow } from './createMainWindow';
import { printHtmlToPdf } from './printHtmlToPdf';
import { rendererLocation } from './rendererLocation';
import { setupDialogs } from './setupDialogs';
import { setupIpc } from './setupIpc';
import { setupSecurity } from './setupSecurity';

// Electron main: glue only. The engine does the work; these setup functions wire it to a hardened window.
app.enableSandbox();
registerAppScheme();
const engine = createEngine({ userDataDir: app.getPath('userData'), transport: 'electron' });
const location = rendererLocation();

app.whenReady().then(async () => {
  if (location.dir) handleAppProtocol(location.dir);
  setupSecurity(location.isAppUrl);
  setupIpc(engine.api, location.isAppUrl);
  setupDialogs(location.isAppUrl);
  setHostPdfPrinter(printHtmlToPdf);
  const caseDir = process.env.BREACHDESK_CASE;
  if (caseDir) await engine.service.openCase({ dir: path.resolve(caseDir), create: true });
  createMainWindow(location.url);
});

app.on('window-all-closed', () => {
  engine.close();
  app.quit();
});
