/**
 * The report's only style sheet, inlined: system fonts (nothing to
 * download), status colours shared with the chart, and print rules that
 * unstick the navigation, start each pack on a new page and keep colours.
 */
export const styles = `
:root { --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --pass: #1a7f37; --fail: #cf222e; --error: #b35900; --manual: #0969da; --na: #8c959f; --waived: #8250df; --other: #57606a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
main, header.top, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
h1 { font-size: 26px; margin: 24px 0 4px; }
h2 { font-size: 21px; margin: 0 0 6px; padding-top: 8px; }
h3 { font-size: 16px; margin: 22px 0 8px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: .9em; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin: 6px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
a { color: var(--manual); }
.prose { white-space: pre-line; margin: 4px 0 8px; }
.label { font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-top: 8px; }
.subtitle { color: var(--muted); margin: 0 0 14px; font-size: 15px; }
dl.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 6px 24px; margin: 0 0 16px; padding: 12px 16px; background: var(--soft); border: 1px solid var(--line); border-radius: 8px; }
dl.meta div { min-width: 0; }
dl.meta dt { font-size: 12px; color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.tiles { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 8px; }
.tile { border: 1px solid var(--line); border-left: 5px solid var(--other); border-radius: 6px; padding: 6px 14px; min-width: 112px; }
.tile b { display: block; font-size: 22px; }
.tile span { font-size: 12px; color: var(--muted); }
nav.toc { position: sticky; top: 0; z-index: 2; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--line); padding: 8px 24px; margin: 8px 0 16px; }
nav.toc ul { list-style: none; margin: 0 auto; padding: 0; max-width: 1132px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.pack, .waivers, .appendix { margin: 8px 0 32px; }
.pack-meta { color: var(--muted); margin: 0 0 8px; }
.chart-title { margin-top: 12px; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 12px; }
svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; fill: var(--fg); }
svg.chart text.rate, svg.chart text.legend { fill: var(--muted); font-size: 12px; }
svg.chart a text.sec { fill: var(--fg); }
.section > h3 { border-bottom: 2px solid var(--line); padding-bottom: 4px; }
details.control { border: 1px solid var(--line); border-left: 5px solid var(--other); border-radius: 6px; margin: 8px 0; background: #fff; }
details.control > summary { cursor: pointer; padding: 8px 12px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; list-style: none; }
details.control > summary::-webkit-details-marker { display: none; }
details.control > summary::before { content: "\\25B8"; color: var(--muted); width: 10px; }
details.control[open] > summary::before { content: "\\25BE"; }
details.control[open] > summary { border-bottom: 1px solid var(--line); }
.control-body { padding: 6px 12px 10px; }
.cid { font-weight: 700; }
.ctitle { font-weight: 600; }
.level { font-size: 12px; color: var(--muted); border: 1px solid var(--line); border-radius: 10px; padding: 0 7px; }
.counts { margin-left: auto; font-size: 12px; }
.count { margin-left: 8px; font-weight: 600; white-space: nowrap; }
.badge { display: inline-block; min-width: 58px; text-align: center; font-size: 11px; font-weight: 700; letter-spacing: .03em; color: #fff; background: var(--other); border-radius: 4px; padding: 1px 6px; vertical-align: 1px; }
.sev { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 10px; padding: 0 8px; border: 1px solid currentColor; }
.sev-critical { color: #a40e26; } .sev-high { color: var(--fail); } .sev-medium { color: var(--error); } .sev-low { color: var(--manual); } .sev-info { color: var(--muted); }
.s-pass { --s: var(--pass); } .s-fail { --s: var(--fail); } .s-error { --s: var(--error); } .s-manual { --s: var(--manual); } .s-na { --s: var(--na); } .s-waived { --s: var(--waived); } .s-other { --s: var(--other); }
.badge[class*="s-"] { background: var(--s); }
.count[class*="s-"] { color: var(--s); }
details.control[class*="s-"], .finding[class*="s-"], .tile[class*="s-"] { border-left-color: var(--s); }
.guidance { background: #ddf4ff; border-radius: 6px; padding: 4px 12px 6px; margin: 6px 0; }
.policy { margin: 8px 0 12px; }
.policy + .policy { border-top: 1px dashed var(--line); padding-top: 8px; }
.policy-head { margin: 4px 0; }
.ptitle { font-weight: 600; }
.pid { color: var(--muted); }
.none { color: var(--muted); font-style: italic; margin: 4px 0; }
.remediation { background: #fff8f0; border: 1px solid #f0d9c0; border-radius: 6px; padding: 4px 12px 6px; margin: 6px 0; }
.disruption .label { margin-right: 6px; }
.finding { border-left: 4px solid var(--other); background: var(--soft); border-radius: 4px; padding: 6px 10px; margin: 8px 0; }
.finding-head { font-weight: 500; }
.rtype { color: var(--muted); }
.rid { font-weight: 600; }
.where { color: var(--muted); font-size: 12px; margin-left: 6px; white-space: nowrap; }
.arn { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 11.5px; color: var(--muted); overflow-wrap: anywhere; }
.message { margin: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
table.evidence { background: #fff; table-layout: fixed; }
table.evidence th:nth-child(1) { width: 27%; } table.evidence th:nth-child(2) { width: 35%; }
table.evidence th:nth-child(3) { width: 28%; } table.evidence th:nth-child(4) { width: 10%; }
table.evidence td:last-child { overflow-wrap: normal; }
code.value { white-space: pre-wrap; }
.related { font-size: 12px; color: var(--muted); }
.op { color: var(--muted); font-style: italic; }
.result { font-weight: 700; font-size: 12px; }
.result.r-fail { color: var(--fail); } .result.r-pass { color: var(--pass); } .result.r-unknown { color: var(--error); }
tr.r-fail td { background: #fff1f0; }
.reasons ul { margin: 4px 0; padding-left: 20px; }
.code { font-weight: 700; color: var(--error); }
.waiver { color: var(--waived); margin: 4px 0; }
table.resources td:first-child { width: 76px; }
table.resources td:nth-child(2) { width: 44%; }
tr.w-expired td { color: var(--fail); }
table.waiver-list td:nth-child(n+5) { white-space: nowrap; overflow-wrap: normal; }
.policy-info { border-top: 1px solid var(--line); padding: 4px 0 10px; break-inside: avoid-page; }
.policy-info h3 { margin: 10px 0 2px; }
.pmeta { margin: 2px 0 6px; color: var(--muted); }
ul.references, ul.frameworks { margin: 4px 0; padding-left: 20px; }
.url { overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 10px; padding-bottom: 24px; margin-top: 24px; overflow-wrap: anywhere; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11px; }
  main, header.top, footer { max-width: none; padding: 0; }
  nav.toc { position: static; border: 0; padding: 0; margin: 0 0 12px; }
  .pack, .waivers, .appendix { break-before: page; }
  details.control > summary { cursor: default; }
  details.control > summary::before { content: none; }
  /* Whole findings may be longer than a page: keep rows and headings whole instead of leaving gaps. */
  tr, .finding-head, .message, .guidance, .remediation, .commands, svg.chart { break-inside: avoid; }
  .finding-head, .message { break-after: avoid; }
  h2, h3, summary { break-after: avoid; }
  summary { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
