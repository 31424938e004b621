#!/usr/bin/env node
// npm test: type-check, check that dist/ is fresh, then every test file under test/ with node's test runner.
// `npm test -- test/report` runs only the files under the given folders (no type check, no dist check).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const folders = process.argv.slice(2);

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!process.versions.node.startsWith('24.')) {
  console.error(`Tests run under Node 24 (the runner's); this is ${process.version}. Run them through npm (npm test), which puts node_modules/.bin first on PATH.`);
  process.exit(1);
}
if (folders.length === 0) {
  step('type check (tsc)', node, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  step('dist/ is fresh', node, ['scripts/check-dist.mjs']);
}
const patterns = folders.length > 0 ? folders.map((f) => `${f.replace(/\/$/, '')}/**/*.test.ts`) : ['test/**/*.test.ts'];
// One test file at a time: the Docker tests share one engine (swarm init/leave, routers, published ports), and
// running them side by side made them flaky on 2 cores.
step('tests', node, ['--test', '--test-concurrency=1', '--test-timeout=600000', ...patterns]);
