/**
 * Build contexts as deterministic, uncompressed tar streams.
 *
 * Entries are sorted, owned by 0:0 and dated at the epoch, so the same files always give the same archive: the
 * engine's layer cache then depends on content alone and a model-only change re-runs only the model's COPY.
 * Uncompressed because the engine is usually on the same host: gzip of a ~50 MB runtime costs more than it saves.
 * `.dockerignore` in the context root is honoured (simple patterns: names, `dir/`, `*.ext`, `!` negation).
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

export async function listContextFiles(contextDir: string): Promise<string[]> {
  const ignore = await readDockerignore(contextDir);
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(contextDir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relative ? posix.join(relative, entry.name) : entry.name;
      if (ignore(path)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    }
  };
  await walk('');
  return files;
}

/** A tar stream of the context directory (files only; directories are implied by their paths). */
export function packContext(contextDir: string, files: string[]): Readable {
  const pack = tar.pack();
  (async () => {
    for (const file of files) {
      const info = await stat(join(contextDir, file));
      const entry = pack.entry({ name: file, size: info.size, mode: info.mode & 0o777, mtime: new Date(0), uid: 0, gid: 0 });
      await pipeline(createReadStream(join(contextDir, file)), entry);
    }
    pack.finalize();
  })().catch((error: unknown) => pack.destroy(error as Error));
  return pack as unknown as Readable;
}

async function readDockerignore(contextDir: string): Promise<(path: string) => boolean> {
  let text: string;
  try {
    text = await readFile(join(contextDir, '.dockerignore'), 'utf8');
  } catch {
    return () => false;
  }
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = (negate ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
      const source = pattern
        .split('**')
        .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
        .join('.*');
      return { negate, regex: new RegExp(`^${source}(?:/.*)?$`) };
    });
  return (path) => {
    let ignored = false;
    for (const rule of rules) if (rule.regex.test(path)) ignored = !rule.negate;
    return ignored && path !== 'Dockerfile' && path !== '.dockerignore';
  };
}
