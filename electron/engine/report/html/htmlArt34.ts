import { escapeHtml } from './escapeHtml';
import { highRiskClasses, type GdprFacts } from '../model/gdprFacts';

/** The Art. 34 line, said either way: the high-risk categories held in clear, or that none is, so the DPO can tell "assessed" from "forgotten". */
export function htmlArt34(g: GdprFacts): string {
  const body =
    g.highRisk.length > 0
      ? `<p data-art34="high"><strong>Likely a high risk to the people:</strong> the leak holds ${escapeHtml(g.highRisk.join(', '))} in clear. The data subjects must be told without undue delay (Art. 34(1)), unless an exemption of Art. 34(3) applies.</p>`
      : `<p data-art34="not-indicated">None of the categories that alone make a high risk (${escapeHtml(highRiskClasses.join(', '))}) is in the leak in clear. Whether the breach is still likely to result in a high risk (accounts taken over, passwords, the categories combined) is the controller's assessment.</p>`;
  return `<h3>Art. 34: communication to the data subjects</h3>\n${body}`;
}
