import type { ReportFormat } from '../../../shared/api/reportApi';
import { findingsCsv } from './findingsCsv';
import { findingsJson } from './findingsJson';
import { mispEvent } from './mispEvent';
import { printPdf } from './printPdf';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import type { ReportModel } from './ReportModel';
import { stixBundle } from './stixBundle';

/** Renders the (already redacted) model in one format, as the bytes of the file. */
export async function renderReport(format: ReportFormat, m: ReportModel): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(renderHtml(m));
    case 'pdf':
      return printPdf(renderHtml(m));
    case 'json':
      return Buffer.from(findingsJson(m));
    case 'csv':
      return Buffer.from(`\uFEFF${findingsCsv(m)}`);
    case 'md':
      return Buffer.from(renderMarkdown(m));
    case 'stix':
      return Buffer.from(stixBundle(m));
    case 'misp':
      return Buffer.from(mispEvent(m));
  }
}
