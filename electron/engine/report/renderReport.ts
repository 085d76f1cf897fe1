import type { ReportFormat } from '../../../shared/api/reportApi';
import { findingsCsv } from './tables/findingsCsv';
import { findingsJson } from './tables/findingsJson';
import { mispEvent } from './interchange/mispEvent';
import { printPdf } from './pdf/printPdf';
import { renderHtml } from './html/renderHtml';
import { renderMarkdown } from './tables/renderMarkdown';
import type { ReportModel } from './model/ReportModel';
import { stixBundle } from './interchange/stixBundle';

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
