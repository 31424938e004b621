/** The root action: one combined report of every result file, as a PR comment and the job summary. */
import path from 'node:path';
import { UserError } from '@mlci/core';
import { combineResults, loadResultFile, type LoadedResult } from '@mlci/report';
import type { ActionDefinition } from '../actions/common/src/index.ts';
import payloadSchema from '../schemas/report.schema.json' with { type: 'json' };

export const REPORT_ACTION = 'report';

interface Inputs {
  files: string[];
}

interface Payload {
  results: Array<{ file: string; kind: 'mlci' | 'junit'; action?: string; passed: boolean; headline: string }>;
}

export const definition: ActionDefinition<Inputs, Payload> = {
  name: REPORT_ACTION,
  payloadSchema,
  async readInputs(input) {
    return { files: await input.files('results', { required: true }) };
  },
  async run(inputs, context) {
    const results = inputs.files
      .map((file) => loadResultFile(file, path.relative(context.workspace, file)))
      .filter((r) => !(r.kind === 'mlci' && r.envelope.action === REPORT_ACTION));
    if (results.length === 0) throw new UserError('No result files to report: the results input matched only report results of earlier runs.');
    const report = combineResults(results);
    const warnings = results.reduce((n, r) => n + (r.kind === 'mlci' ? r.envelope.warnings : 0), 0);
    return {
      passed: report.passed,
      warnings,
      headline: report.headline,
      payload: { results: results.map(describe) },
      report: { comment: report.sections.map((s) => s.markdown).join('\n\n'), details: report.summary, sections: report.sections },
    };
  },
};

function describe(result: LoadedResult): Payload['results'][number] {
  if (result.kind === 'junit') {
    const failed = result.junit.failed + result.junit.errors;
    return { file: result.file, kind: 'junit', passed: failed === 0, headline: `${result.junit.passed} of ${result.junit.tests} tests passed` };
  }
  return { file: result.file, kind: 'mlci', action: result.envelope.action, passed: result.envelope.passed, headline: result.envelope.headline };
}
