#!/usr/bin/env node
// Fail when the committed dist/ differs from a fresh bundle: bundle every entry into a temporary folder and
// compare file by file.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, entries } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, path.join(prefix, name)) : [path.join(prefix, name)];
  });
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'mlci-dist-'));
try {
  for (const [name, entry] of Object.entries(entries())) await bundle(name, entry, temp);
  const fresh = new Set(listFiles(temp));
  const committed = new Set(listFiles(dist));
  const problems = [];
  for (const file of fresh) {
    if (!committed.has(file)) problems.push(`missing in dist/: ${file}`);
    else if (!readFileSync(path.join(temp, file)).equals(readFileSync(path.join(dist, file)))) problems.push(`stale: dist/${file}`);
  }
  for (const file of committed) if (!fresh.has(file)) problems.push(`not produced by the bundle: dist/${file}`);
  if (problems.length > 0) {
    console.error(`dist/ is not fresh; run npm run bundle and commit dist/:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(`dist/ is fresh (${fresh.size} files)`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
