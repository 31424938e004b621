export { renderHtmlReport, type HtmlReportOptions, type HtmlSection } from './document.ts';
export { markdownToHtml, inlineHtml } from './markdown-html.ts';
export { mermaidToSvg } from './mermaid.ts';
export { payloadCharts, MAX_PAYLOAD_CHARTS, type PayloadChart } from './payload-charts.ts';
export { barChartSvg, lineChartSvg, pieChartSvg, heatmapSvg, niceTicks, type SvgXYChart, type SvgSeries, type SvgPieChart } from './svg-charts.ts';
export { escapeHtml } from './escape.ts';
