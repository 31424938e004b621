#!/usr/bin/env node
// npm test: type-check, check that dist/ is fresh, then every test file under test/ with node's test runner.
// `npm test -- test/report` runs only the files under the given folders (no type check, no dist check).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const folders = process.argv.slice(2);

function step(title, command, args, env = process.env) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
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
// The tests make their temporary directories under os.tmpdir(): here, one directory of this run, removed when
// it ends (passed or failed), so that repeated runs do not leave hundreds of directories in /tmp.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlci-test-'));
process.on('exit', () => {
  try {
    rmSync(tmp, { recursive: true, force: true });
  } catch (error) {
    console.error(`could not remove the tests' temporary directory ${tmp}: ${error.message}`);
  }
});
step('tests', node, ['--test', '--test-concurrency=1', '--test-timeout=600000', ...patterns], { ...process.env, TMPDIR: tmp });
