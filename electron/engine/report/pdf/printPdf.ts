import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../../../shared/userError';
import { findChromium } from './findChromium';
import { hostPdfPrinter } from './hostPdfPrinter';
import { privateFileMode } from '../../db/makePrivate';

/** Prints an HTML document to PDF with the host's printer (Electron) or else the local headless Chromium (no network: its background requests are off). */
export async function printPdf(html: string): Promise<Buffer> {
  const host = hostPdfPrinter();
  if (host) return host(html);
  const chromium = findChromium();
  if (!chromium) {
    throw new UserError(
      'not_found',
      'PDF needs a local Chromium and none was found: install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH, or write the HTML report and print it from a browser.',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-pdf-'));
  try {
    const page = path.join(dir, 'report.html');
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(page, html, { mode: privateFileMode });
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: 120_000 }, (e, _out, stderr) => {
        if (e && !fs.existsSync(pdf)) reject(new Error(`Chromium could not print the PDF: ${String(stderr).trim().split('\n').slice(-3).join(' ') || e.message}`));
        else resolve();
      });
    });
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0) throw new Error('Chromium produced no PDF.');
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
