import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

/**
 * Electron's printToPDF for reports: the self-contained HTML is loaded from a temp file into a hidden,
 * sandboxed window without JavaScript, in its own session that refuses every request but that one file.
 */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-pdf-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const ses = session.fromPartition(`breachdesk-pdf-${path.basename(dir)}`);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
  const win = new BrowserWindow({ show: false, webPreferences: { session: ses, sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false } });
  try {
    await win.loadURL(url);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    win.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
