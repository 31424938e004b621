/**
 * The CLI's ActionHost: inputs from command-line flags (defaults from the action's action.yml), outputs and
 * annotations printed for a person, the summary written to a file when --summary is given.
 */
import { appendFileSync } from 'node:fs';
import { formatLocation } from '@mlci/core';
import type { ActionHost } from '../../../actions/common/src/index.ts';

export interface CliHostOptions {
  inputs: Record<string, string>;
  summaryFile?: string;
  quiet?: boolean;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

export interface CliHost extends ActionHost {
  outputs: Record<string, string>;
}

export function createCliHost(options: CliHostOptions): CliHost {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const outputs: Record<string, string> = {};
  return {
    outputs,
    getInput: (name) => options.inputs[name] ?? '',
    setOutput(name, value) {
      outputs[name] = value;
    },
    setSecret(value) {
      if (value) secrets.push(value);
    },
    annotate(level, message, p = {}) {
      const where = formatLocation({ file: p.file, line: p.line, column: p.column });
      err.write(`${level}: ${where ? `${where}: ` : ''}${mask(message)}\n`);
    },
    info(message) {
      if (!options.quiet) out.write(`${mask(message)}\n`);
    },
    debug() {},
    async group(name, fn) {
      if (!options.quiet) out.write(`» ${name}\n`);
      return fn();
    },
    appendSummary(markdown) {
      if (options.summaryFile) appendFileSync(options.summaryFile, `${markdown}\n`);
    },
    setFailed(message) {
      process.exitCode = 1;
      err.write(`failed: ${mask(message)}\n`);
    },
  };
}
