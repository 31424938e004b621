#!/usr/bin/env node
// Extract the operations mlci calls from GitHub's OpenAPI description (npm @octokit/openapi, 385 MB installed)
// into a small committed fixture, test/fixtures/github-openapi.json, with every component they reference.
// Usage: npm install --no-save --prefix /tmp/oa @octokit/openapi@23 &&
//        node scripts/extract-github-openapi.mjs /tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json
import { readFileSync, writeFileSync } from 'node:fs';

export const OPERATIONS = {
  '/repos/{owner}/{repo}/issues/{issue_number}/comments': ['get', 'post'],
  '/repos/{owner}/{repo}/issues/comments/{comment_id}': ['get', 'patch', 'delete'],
  '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': ['post'],
  '/repos/{owner}/{repo}/dispatches': ['post'],
  '/repos/{owner}/{repo}/deployments': ['get', 'post'],
  '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses': ['get', 'post'],
  '/repos/{owner}/{repo}/check-runs': ['post'],
  '/repos/{owner}/{repo}/check-runs/{check_run_id}': ['patch'],
  '/repos/{owner}/{repo}/git/refs': ['post'],
  '/repos/{owner}/{repo}/git/ref/{ref}': ['get'],
};

const [source, target = 'test/fixtures/github-openapi.json'] = process.argv.slice(2);
if (!source) {
  console.error('usage: extract-github-openapi.mjs PATH/api.github.com.json [OUT]');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(source, 'utf8'));
const paths = {};

for (const [route, methods] of Object.entries(OPERATIONS)) {
  const item = spec.paths[route];
  if (!item) throw new Error(`route ${route} not in the description`);
  paths[route] = {};
  if (item.parameters) paths[route].parameters = item.parameters;
  for (const method of methods) {
    if (!item[method]) throw new Error(`${method} ${route} not in the description`);
    paths[route][method] = item[method];
  }
}

// Follow $refs from the chosen operations to every component they need.
const components = {};
const pending = [paths];
const seen = new Set();
while (pending.length > 0) {
  const node = pending.pop();
  if (Array.isArray(node)) pending.push(...node);
  else if (node && typeof node === 'object') {
    delete node.examples; // documentation only; they would triple the fixture
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !seen.has(value)) {
        seen.add(value);
        const [, kind, name] = value.split('/').slice(1);
        const component = spec.components[kind][name];
        (components[kind] ??= {})[name] = component;
        pending.push(component);
      } else pending.push(value);
    }
  }
}
const out = { openapi: spec.openapi, info: { title: spec.info.title, version: spec.info.version, 'x-extracted-from': '@octokit/openapi 23.0.2 generated/api.github.com.json' }, paths, components };
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${Object.keys(paths).length} paths, ${seen.size} components -> ${target}`);
