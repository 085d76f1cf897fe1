import { escapeHtml } from './escapeHtml';
import { reportTime } from './reportTime';
import { htmlCoverage } from './htmlCoverage';
import { htmlExports } from './htmlExports';
import { htmlFindings } from './htmlFindings';
import { htmlGdpr } from './htmlGdpr';
import { htmlManifest } from './htmlManifest';
import { htmlMethodology } from './htmlMethodology';
import { htmlSpikes } from './htmlSpikes';
import { htmlSummary } from './htmlSummary';
import { reportCss } from './reportCss';
import type { ReportModel } from '../model/ReportModel';

/** The report as one self-contained HTML file (inline CSS and SVG, no script, no external reference), in its readers' order: verdicts, Art. 33 facts, the three questions' evidence, findings, manifest, and the SQL last. */
export function renderHtml(m: ReportModel): string {
  const g = m.gdpr;
  const tlp = m.meta.tlp.toUpperCase();
  const title = `Breach triage report — ${m.caseInfo.name} — v${m.version}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportCss}</style></head>
<body><main>
<header class="doc"><span class="tlp ${escapeHtml(m.meta.tlp.split('+')[0])}" data-tlp="${escapeHtml(m.meta.tlp)}">TLP:${escapeHtml(tlp)}</span>
<h1>${escapeHtml(title)}</h1>
<div class="meta">Case ${escapeHtml(m.caseInfo.id)} · written ${escapeHtml(reportTime(m.generatedAt))} UTC · Breachdesk ${escapeHtml(m.toolVersion)} · ${m.includePersonalData ? '<strong>contains personal data</strong>' : 'personal data masked'}</div></header>
<nav class="toc"><ol><li><a href="#summary">Summary</a></li><li><a href="#gdpr">GDPR Art. 33(3)</a></li><li><a href="#spikes">Login spikes</a></li><li><a href="#exports">Export volumes</a></li><li><a href="#coverage">PII field coverage</a></li><li><a href="#findings">Findings</a></li><li><a href="#manifest">Evidence manifest</a></li><li><a href="#methodology">Methodology (appendix)</a></li></ol></nav>
${htmlSummary(m, g)}
${htmlGdpr(m, g)}
${htmlSpikes(m)}
${htmlExports(m)}
${htmlCoverage(m)}
${htmlFindings(m)}
${htmlManifest(m)}
${htmlMethodology(m)}
</main></body></html>
`;
}
