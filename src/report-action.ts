/**
 * The root action: one combined report of every result file, as a PR comment and the job summary, with the
 * comparison against the default branch's baseline, the trend on the default branch, and the full report as a
 * self-contained HTML file (output html-file, uploaded as an artifact and linked from the comment and summary).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlci/core';
import { combineResults, loadResultFile, renderHtmlReport, withoutReportResults, REPORT_ACTION, type LoadedResult, type ResultEnvelope } from '@mlci/report';
import { compareReport, uploadArtifact, type ActionDefinition } from '../actions/common/src/index.ts';
import payloadSchema from '../schemas/report.schema.json' with { type: 'json' };


interface Inputs {
  files: string[];
  htmlFile: string | undefined;
  baseline: 'auto' | 'never';
}

interface Payload {
  results: Array<{ file: string; kind: 'mlci' | 'junit'; action?: string; passed: boolean; headline: string }>;
  baseline: { commit: string; ref: string; runId: string; runUrl?: string; createdAt: string } | null;
  baselineReason?: string;
  htmlFile?: string;
  htmlUrl?: string;
}

export const definition: ActionDefinition<Inputs, Payload> = {
  name: REPORT_ACTION,
  payloadSchema,
  async readInputs(input) {
    const html = input.optionalString('html-file');
    return {
      files: await input.files('results', { required: true }),
      htmlFile: html === undefined || html === 'none' ? undefined : input.resolve(html),
      baseline: input.choice('baseline', ['auto', 'never'] as const),
    };
  },
  async run(inputs, context) {
    const results = withoutReportResults(inputs.files.map((file) => loadResultFile(file, path.relative(context.workspace, file))));
    if (results.length === 0) throw new UserError('No result files to report: the results input matched only report results of earlier runs.');
    const report = combineResults(results);
    const warnings = results.reduce((n, r) => n + (r.kind === 'mlci' ? r.envelope.warnings : 0), 0);
    const envelopes = results.flatMap((r) => (r.kind === 'mlci' ? [r.envelope as ResultEnvelope] : []));

    const restore = inputs.baseline === 'auto' ? await context.restoreBaseline(REPORT_ACTION) : { found: false as const, reason: 'baseline: never' };
    const compared = compareReport(restore, envelopes, context.github, context.resultDir, REPORT_ACTION);
    if (compared.source) context.log.info(`Baseline: ${compared.source.ref} @ ${compared.source.commit} (run ${compared.source.runId})`);
    else context.log.info(`Baseline: none (${compared.reason})`);

    const extraSections = [{ id: 'baseline', title: 'Baseline comparison', markdown: compared.comparison }];
    if (compared.trend) extraSections.push({ id: 'trend', title: 'Trend', markdown: compared.trend });
    let htmlUrl: string | undefined;
    if (inputs.htmlFile) {
      mkdirSync(path.dirname(inputs.htmlFile), { recursive: true });
      writeFileSync(inputs.htmlFile, renderHtmlReport({ title: `mlci report (${context.reportId})`, results, extraSections, runUrl: context.github.runUrl }));
      const upload = await uploadArtifact(context.github, `mlci-report-${context.reportId}`, [inputs.htmlFile], path.dirname(inputs.htmlFile));
      if (upload.uploaded) htmlUrl = upload.url;
      else context.log.info(`HTML report not uploaded: ${upload.reason}`);
    }
    const link = inputs.htmlFile ? (htmlUrl ? `📄 [Full report (HTML)](${htmlUrl})` : `📄 Full report: \`${path.relative(context.workspace, inputs.htmlFile)}\``) : '';
    const [overview, ...rest] = report.sections;
    const head = [overview.markdown, compared.comparison, link].filter(Boolean).join('\n\n');
    const sections = [{ id: overview.id, markdown: head }, ...rest];
    const summary = [report.summary, `### Baseline comparison\n\n${compared.comparison}`, compared.trend, link].filter(Boolean).join('\n\n');
    return {
      passed: report.passed,
      warnings,
      headline: report.headline,
      payload: {
        results: results.map(describe),
        baseline: compared.source ? { commit: compared.source.commit, ref: compared.source.ref, runId: compared.source.runId, ...(compared.source.runUrl ? { runUrl: compared.source.runUrl } : {}), createdAt: compared.source.createdAt } : null,
        ...(compared.reason ? { baselineReason: compared.reason } : {}),
        ...(inputs.htmlFile ? { htmlFile: path.relative(context.workspace, inputs.htmlFile) } : {}),
        ...(htmlUrl ? { htmlUrl } : {}),
      },
      outputs: inputs.htmlFile ? { 'html-file': inputs.htmlFile } : undefined,
      report: { comment: sections.map((s) => s.markdown).join('\n\n'), details: summary, sections },
      baseline: { scope: REPORT_ACTION, files: [...mlciFile(results, context.workspace), ...compared.baselineFiles] },
    };
  },
};

/** Absolute paths of the mlci result files, in the order of `results`. */
function mlciFile(results: LoadedResult[], workspace: string): string[] {
  return results.flatMap((r) => (r.kind === 'mlci' ? [path.resolve(workspace, r.file)] : []));
}

function describe(result: LoadedResult): Payload['results'][number] {
  if (result.kind === 'junit') {
    const failed = result.junit.failed + result.junit.errors;
    return { file: result.file, kind: 'junit', passed: failed === 0, headline: `${result.junit.passed} of ${result.junit.tests} tests passed` };
  }
  return { file: result.file, kind: 'mlci', action: result.envelope.action, passed: result.envelope.passed, headline: result.envelope.headline };
}
