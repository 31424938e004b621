/**
 * JUnit XML (pytest --junitxml, Jest/Vitest/Mocha reporters, Maven Surefire) as a test result: counts and the
 * failing tests. Accepts a <testsuites> root or a single <testsuite>.
 */
import { XMLParser } from 'fast-xml-parser';
import { UserError } from '@mlci/core';

export interface TestCaseFailure {
  suite: string;
  name: string;
  classname: string;
  kind: 'failure' | 'error';
  message: string;
}

export interface JUnitSummary {
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  timeSeconds: number;
  failures: TestCaseFailure[];
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function parseJUnit(xml: string, file: string): JUnitSummary {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseAttributeValue: false });
  let document: any;
  try {
    document = parser.parse(xml, true);
  } catch (error) {
    const detail = (error as { err?: { msg?: string; line?: number; col?: number } }).err;
    throw new UserError(`${file} is not well-formed XML: ${detail?.msg ?? String(error)}`, { file, line: detail?.line, column: detail?.col });
  }
  const suites = document.testsuites ? asArray(document.testsuites.testsuite) : asArray(document.testsuite);
  if (!document.testsuites && !document.testsuite) throw new UserError(`${file} is XML but not JUnit: no <testsuites> or <testsuite> element.`, { file });
  const summary: JUnitSummary = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, timeSeconds: 0, failures: [] };
  const visit = (suite: any) => {
    for (const nested of asArray(suite.testsuite)) visit(nested);
    for (const testcase of asArray<any>(suite.testcase)) {
      summary.tests++;
      summary.timeSeconds += Number(testcase.time ?? 0) || 0;
      const failure = asArray<any>(testcase.failure)[0];
      const error = asArray<any>(testcase.error)[0];
      if (failure !== undefined || error !== undefined) {
        const kind = failure !== undefined ? 'failure' : 'error';
        const node = failure ?? error;
        if (kind === 'failure') summary.failed++;
        else summary.errors++;
        const message = typeof node === 'string' ? node : (node.message ?? node['#text'] ?? '');
        summary.failures.push({ suite: String(suite.name ?? ''), name: String(testcase.name ?? ''), classname: String(testcase.classname ?? ''), kind, message: String(message).split('\n')[0].slice(0, 300) });
      } else if (testcase.skipped !== undefined) summary.skipped++;
      else summary.passed++;
    }
  };
  for (const suite of suites) visit(suite);
  return summary;
}
