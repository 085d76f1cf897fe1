/** The report's whole stylesheet, inlined: print-friendly, no web fonts, no external asset. */
export const reportCss = `
@page { size: A4; margin: 14mm 12mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Liberation Sans", Arial, Helvetica, sans-serif; color: #1b1f24; margin: 0; background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 24px 32px 64px; }
header.doc { border-bottom: 3px solid #1b1f24; padding-bottom: 12px; margin-bottom: 8px; }
header.doc h1 { margin: 0 0 4px; font-size: 26px; }
.meta { color: #555; font-size: 12.5px; }
.tlp { display: inline-block; font-weight: 700; padding: 2px 8px; background: #000; color: #ffc000; letter-spacing: .04em; }
.tlp.red { color: #ff2b2b; } .tlp.green { color: #33ff00; } .tlp.clear { color: #fff; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-top: 8px; border-top: 1px solid #d0d7de; page-break-after: avoid; }
h3 { font-size: 16px; margin: 20px 0 6px; page-break-after: avoid; }
h2 + p, h3 + p, p:has(+ pre), p:has(+ figure) { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 12.5px; page-break-inside: auto; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
caption, thead { break-after: avoid; page-break-after: avoid; }
table > tbody:first-of-type > tr:nth-child(-n+2) { break-after: avoid; page-break-after: avoid; }
table > tbody:last-of-type > tr:last-child { break-before: avoid; page-break-before: avoid; }
table.verdicts { font-size: 13.5px; } table.verdicts th { width: 32%; font-weight: 600; vertical-align: top; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; word-break: break-word; }
th { background: #f3f5f7; }
tr { page-break-inside: avoid; }
table.kv td:first-child { white-space: nowrap; width: 1%; }
table.kv td.num { text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 12px 0; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 10px; break-inside: avoid; page-break-inside: avoid; }
.card .v { font-size: 24px; font-weight: 700; }
.card .k { font-size: 12px; color: #555; }
.banner { padding: 12px 14px; border-radius: 6px; margin: 12px 0; font-weight: 600; }
.banner.fail { background: #ffebe9; border: 3px solid #cf222e; color: #82071e; font-size: 16px; }
.banner.ok { background: #dafbe1; border: 1px solid #2da44e; color: #116329; }
.banner.warn { background: #fff8c5; border: 1px solid #bf8700; color: #6b4b00; }
.banner ul { margin: 6px 0 0 18px; padding: 0; font-weight: 400; }
.state-verified { color: #116329; font-weight: 700; }
.state-changed, .state-missing { color: #cf222e; font-weight: 700; text-transform: uppercase; }
.sev-critical, .sev-high { color: #cf222e; font-weight: 700; } .sev-medium { color: #9a6700; font-weight: 700; } .sev-low { color: #555; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: 8px; font: 11.5px/1.4 "Liberation Mono", Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
code { font: 12px "Liberation Mono", Menlo, Consolas, monospace; }
.finding { border: 1px solid #d0d7de; border-left: 4px solid #8c959f; border-radius: 4px; padding: 8px 12px; margin: 10px 0; page-break-inside: avoid; }
.finding.sev-high, .finding.sev-critical { border-left-color: #cf222e; color: inherit; font-weight: normal; }
.finding.sev-medium { border-left-color: #bf8700; color: inherit; font-weight: normal; }
.finding.sev-low { color: inherit; }
.finding h3 { margin: 0 0 4px; }
table.risk th { word-break: normal; } table.risk th:nth-child(2) { width: 28%; } table.risk th:nth-child(6) { width: 20%; } table.risk tbody { break-inside: avoid; page-break-inside: avoid; } table.risk td { overflow-wrap: anywhere; word-break: normal; } table.risk tr.why td { border-top: 0; padding-left: 18px; color: #333; } table.risk tr.what td { border-bottom: 0; } table.risk tr.what td:nth-child(1), table.risk tr.what td:nth-child(3), table.risk tr.what td:nth-child(4), table.risk tr.what td:nth-child(5) { white-space: nowrap; }
table.bulk td:nth-child(1), table.bulk td:nth-child(3), table.bulk td:nth-child(4) { white-space: nowrap; } table.bulk th { word-break: normal; }
table.manifest th { word-break: normal; } table.manifest td:nth-child(1), table.manifest td:nth-child(2), table.manifest td:nth-child(4), table.manifest td:nth-child(6) { white-space: nowrap; } table.manifest code { font-size: 11px; word-break: break-all; } table.manifest th:nth-child(3) { width: 26%; } table.manifest code.path { word-break: normal; overflow-wrap: anywhere; }
.statement { border: 1px dashed #8c959f; padding: 8px 12px; white-space: pre-wrap; }
.statement.missing { border: 2px solid #cf222e; color: #82071e; font-weight: 600; }
figure { margin: 8px 0 16px; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 12px; color: #555; }
svg text { font: 14px "Liberation Sans", Arial, sans-serif; fill: #333; }
svg .legend { font-size: 14px; }
svg .grid { stroke: #e6e9ec; stroke-width: 1; }
svg .baseline { stroke: #8c959f; stroke-width: 1; }
svg .mark { fill: #cf222e; opacity: .18; }
svg .bar { fill: #0969da; } svg .bar-inner { fill: #8cc4ff; } svg .bar-track { fill: #f0f2f4; }
.empty { color: #555; font-style: italic; }
.nobr { white-space: nowrap; }
nav.toc ol { columns: 2; font-size: 13px; }
@media print { main { padding: 0; max-width: none; } h2 { page-break-before: auto; } a { color: inherit; text-decoration: none; } }
`;
