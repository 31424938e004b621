#!/usr/bin/env node
// Build one ncc bundle per entry into dist/<name>/ (or --out DIR): every actions/<name>/src/main.ts, the root
// action (src/main.ts -> dist/main) and the extra entries below. `node scripts/bundle.mjs [name...]` builds some.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

/** Bundles that are not actions: the CLI, the model server copied into images, the data scan's worker thread. */
const EXTRA_ENTRIES = {
  cli: 'packages/cli/src/main.ts',
  serve: 'packages/serve/src/main.ts',
  'data-worker': 'packages/data/src/parallel/worker.ts',
  'drift-worker': 'packages/drift/src/parallel/drift-worker.ts',
};

export function entries() {
  const found = { main: 'src/main.ts' };
  for (const name of readdirSync(path.join(root, 'actions')).sort()) {
    const entry = `actions/${name}/src/main.ts`;
    if (existsSync(path.join(root, entry))) found[name] = entry;
  }
  for (const [name, entry] of Object.entries(EXTRA_ENTRIES)) if (existsSync(path.join(root, entry))) found[name] = entry;
  return found;
}

export async function bundle(name, entry, outDir) {
  const target = path.join(outDir, name);
  const { code, assets } = await ncc(path.join(root, entry), {
    quiet: true,
    sourceMap: false,
    minify: true,
    // Type checking is `npm run build`'s job; here TypeScript is only transpiled.
    transpileOnly: true,
    target: 'es2023',
    // onnxruntime-node loads its native binding at run time; it stays outside the bundle (see docs).
    externals: ['onnxruntime-node'],
  });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const destination = path.join(target, file);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, asset.source);
  }
  return target;
}

async function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(root, 'dist');
  const names = args.filter((_, i) => outIndex < 0 || (i !== outIndex && i !== outIndex + 1));
  const all = entries();
  const selected = names.length > 0 ? names : Object.keys(all);
  for (const name of selected) {
    if (!all[name]) throw new Error(`No entry named '${name}'. Entries: ${Object.keys(all).join(', ')}`);
    const started = Date.now();
    await bundle(name, all[name], outDir);
    console.log(`bundled ${name} <- ${all[name]} (${Date.now() - started} ms)`);
  }
  if (names.length === 0 && outIndex < 0) {
    for (const existing of readdirSync(outDir)) if (!all[existing]) rmSync(path.join(outDir, existing), { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
