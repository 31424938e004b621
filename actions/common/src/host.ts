/**
 * Where an action runs. On a GitHub runner, inputs come from INPUT_* and results go out as workflow commands and
 * files (@actions/core); in the `mlci` CLI, inputs come from flags and results are printed. The action
 * definitions and runAction are the same in both, so a local run reproduces the step.
 */
import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface ActionHost {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, properties?: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  appendSummary(markdown: string): void;
  /** Mark the run failed (exit code 1) with a message. */
  setFailed(message: string): void;
}

export const runnerHost: ActionHost = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  annotate(level, message, p = {}) {
    const properties = { title: p.title, file: p.file, startLine: p.line, startColumn: p.column };
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  },
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  group: (name, fn) => core.group(name, fn),
  appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, `${markdown}\n`);
  },
  setFailed: (message) => core.setFailed(message),
};
