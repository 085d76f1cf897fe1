import { escapeHtml } from './escapeHtml';
import type { ReportVerdict } from '../model/reportVerdicts';

/** The answer to each question at the top of the report, one row each, so the incident lead reads the verdicts before any evidence. */
export function htmlVerdicts(verdicts: ReportVerdict[]): string {
  return `<table class="verdicts"><caption>Verdict per question</caption><tbody>${verdicts
    .map((v) => `<tr><th scope="row">${escapeHtml(v.question)}</th><td data-verdict="${v.key}">${escapeHtml(v.answer)}</td></tr>`)
    .join('')}</tbody></table>`;
}
