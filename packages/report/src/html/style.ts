/** The report's only stylesheet, inlined: readable tables, charts that scale with the page, print-friendly. */
export const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --pass: #1a7f37; --fail: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); display: grid; grid-template-columns: 15rem 1fr; grid-template-areas: "head head" "nav main"; }
header { grid-area: head; padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.4rem; }
.headline { font-size: 1.1rem; font-weight: 600; margin: .3rem 0; }
.headline.passed { color: var(--pass); } .headline.failed { color: var(--fail); }
.meta { color: var(--muted); margin: 0; }
nav { grid-area: nav; padding: 1rem; border-right: 1px solid var(--line); }
nav ul { list-style: none; padding: 0; margin: 0; position: sticky; top: 1rem; }
nav li { margin: .25rem 0; }
main { grid-area: main; padding: 0 1.5rem 2rem; min-width: 0; }
section { border-bottom: 1px solid var(--line); padding: .5rem 0 1rem; }
section.failed > h2 { color: var(--fail); }
h2 { font-size: 1.25rem; } h3 { font-size: 1.05rem; }
a { color: #0969da; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; vertical-align: top; }
th { background: #f6f8fa; }
.right { text-align: right; font-variant-numeric: tabular-nums; } .center { text-align: center; }
pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 90%; }
blockquote { margin: .5rem 0; padding: 0 1rem; color: var(--muted); border-left: 3px solid var(--line); }
figure.chart { margin: .5rem 0; max-width: 680px; }
figure.chart svg { width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 12px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: .5rem 1rem; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg .chart-title { font-size: 13px; font-weight: 600; }
svg .grid { stroke: #e5e7eb; } svg .axis { stroke: #6b7280; }
.mark { font-weight: 700; } .mark.pass { color: var(--pass); } .mark.fail { color: var(--fail); } .mark.warn { color: #9a6700; }
details { margin: .5rem 0; } summary { cursor: pointer; font-weight: 600; }
@media print { body { display: block; } nav { display: none; } }
`;
