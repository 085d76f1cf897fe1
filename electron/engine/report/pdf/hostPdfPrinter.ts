/** Prints a self-contained HTML document to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Buffer>;

let printer: PdfPrinter | null = null;

/** Lets the host (Electron main) print PDFs with its own Chromium; the CLI and bridge leave it unset and use headless Chromium. */
export function setHostPdfPrinter(p: PdfPrinter | null): void {
  printer = p;
}

/** The host's PDF printer, when one was set. */
export function hostPdfPrinter(): PdfPrinter | null {
  return printer;
}
