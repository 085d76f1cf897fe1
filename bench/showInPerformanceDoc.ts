import fs from 'node:fs';
import path from 'node:path';

const doc = path.resolve(__dirname, '..', 'docs', 'performance.md');

/**
 * Puts a whole profile's run (its machine lines and targets table, not every step) between the
 * `<!-- bench-results:<profile>:start/end -->` markers of docs/performance.md, so the page shows the committed results.
 */
export function showInPerformanceDoc(profile: string, markdown: string): void {
  const start = `<!-- bench-results:${profile}:start -->`;
  const end = `<!-- bench-results:${profile}:end -->`;
  const text = fs.readFileSync(doc, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return;
  const summary = markdown.split('\n## Steps')[0]?.split('\n').slice(1).join('\n').replace('## Targets', '**Targets**').trim() ?? '';
  fs.writeFileSync(doc, `${text.slice(0, from + start.length)}\n${summary}\n${text.slice(to)}`);
}
