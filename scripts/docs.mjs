#!/usr/bin/env node
// Generate the README's reference of every action's inputs and outputs from the action.yml files, between the
// markers <!-- mlci:actions:start --> and <!-- mlci:actions:end -->. `--check` fails when README.md is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- mlci:actions:start -->';
const END = '<!-- mlci:actions:end -->';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

function section(usesPath, file) {
  const action = parse(readFileSync(file, 'utf8'));
  const inputs = Object.entries(action.inputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} | ${spec.default !== undefined && spec.default !== '' ? `\`${cell(spec.default)}\`` : ''} | ${spec.required ? 'yes' : ''} |`);
  const outputs = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    `### \`${usesPath}\` — ${action.name}`,
    '',
    cell(action.description),
    '',
    '| input | description | default | required |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

export function generate() {
  const parts = [section('mlci-org/mlci@v1', path.join(root, 'action.yml'))];
  for (const name of readdirSync(path.join(root, 'actions')).sort()) {
    const file = path.join(root, 'actions', name, 'action.yml');
    if (existsSync(file)) parts.push(section(`mlci-org/mlci/actions/${name}@v1`, file));
  }
  return `${START}\n<!-- Generated from the action.yml files by \`npm run docs\`; do not edit by hand. -->\n\n${parts.join('\n\n')}\n\n${END}`;
}

const readmePath = path.join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < 0) {
  console.error(`README.md has no ${START} ... ${END} markers`);
  process.exit(1);
}
const updated = readme.slice(0, start) + generate() + readme.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md action reference is stale: run npm run docs');
    process.exit(1);
  }
  console.log('README.md action reference is up to date');
} else {
  writeFileSync(readmePath, updated);
  console.log('README.md action reference written');
}
