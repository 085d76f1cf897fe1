import { escapeHtml } from './escapeHtml';
import { reportTimesIn } from './reportTime';

/** A time as reportTimesIn writes it, `2024-03-06 02:00:00 UTC`, in escaped text. */
const readTime = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})? UTC/g;

/** A detector's sentence as HTML: escaped, its ISO UTC times as a reader reads them, each kept on one line (a line break after the hyphen of `2024-03-` split the date in two). */
export function htmlTimesIn(text: string): string {
  return escapeHtml(reportTimesIn(text)).replace(readTime, '<span class="nobr">$&</span>');
}
