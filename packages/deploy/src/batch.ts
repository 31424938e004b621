/**
 * Batch mode: run the image's batch command once over `batch-input` and write `batch-output`.
 *
 * The batch command is the image's command followed by `batch --input IN --output OUT` (what `mlci-serve batch`
 * takes); when the image has an ENTRYPOINT, only those arguments are passed. Files travel through the Engine
 * API's archive endpoints (PUT/GET /containers/{id}/archive), not bind mounts, so a remote docker-host works too.
 * Counting: `rows` = output rows with a value (CSV lines after the header with a non-empty cell, or JSONL lines);
 * `failures` = input rows that got no value (input data rows − rows).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pack, extract } from 'tar-stream';
import { UserError } from '@mlci/core';
import { connectDocker, lastLogLines, resolveImage } from './docker-connection.ts';

export interface BatchRunOptions {
  image: string;
  input: string;
  output: string;
  dockerHost?: string;
  env?: Record<string, string>;
  /** Replaces the derived command (the image's command + `batch --input IN --output OUT`). */
  command?: string[];
  timeoutSeconds?: number;
}

export interface BatchRunResult {
  image: string;
  version: string;
  input: string;
  output: string;
  inputRows: number;
  rows: number;
  failures: number;
  exitCode: number;
  durationMs: number;
  logTail: string[];
}

const WORKDIR = '/tmp';

export async function runBatch(options: BatchRunOptions): Promise<BatchRunResult> {
  const started = performance.now();
  const inExt = extname(options.input).toLowerCase();
  const outExt = extname(options.output).toLowerCase();
  for (const [which, ext, file] of [['batch-input', inExt, options.input], ['batch-output', outExt, options.output]]) {
    if (ext !== '.csv' && ext !== '.jsonl') throw new UserError(`${which} '${file}' must be a .csv or .jsonl file`, { file });
  }
  let inputText: Buffer;
  try {
    inputText = await readFile(options.input);
  } catch {
    throw new UserError(`batch-input '${options.input}' cannot be read`, { file: options.input });
  }
  const { docker } = connectDocker(options.dockerHost);
  const image = await resolveImage(docker, options.image);
  const config = (await docker.getImage(image.id).inspect()).Config;
  const inPath = `${WORKDIR}/mlci-batch-input${inExt}`;
  const outPath = `${WORKDIR}/mlci-batch-output${outExt}`;
  const args = ['batch', '--input', inPath, '--output', outPath];
  const command = options.command ?? (config.Entrypoint?.length ? args : [...(config.Cmd ?? []), ...args]);

  const container = await docker.createContainer({
    Image: image.id, Cmd: command, Labels: { 'mlci.role': 'batch' },
    Env: Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${v}`),
  });
  try {
    await container.putArchive(await tarOf(basename(inPath), inputText), { path: WORKDIR });
    await container.start();
    const waited = await Promise.race([
      container.wait() as Promise<{ StatusCode: number }>,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), (options.timeoutSeconds ?? 600) * 1000).unref()),
    ]);
    const logTail = await lastLogLines(docker, container.id, 30);
    if (waited === null) {
      throw new UserError(`the batch run of '${options.image}' did not finish within ${options.timeoutSeconds ?? 600} s; ` +
        `last log lines:\n${logTail.join('\n')}`);
    }
    const inputRows = countRows(inputText.toString('utf8'), inExt);
    if (waited.StatusCode !== 0) {
      return { image: options.image, version: image.id, input: options.input, output: options.output, inputRows,
        rows: 0, failures: inputRows, exitCode: waited.StatusCode, durationMs: performance.now() - started, logTail };
    }
    const produced = await fileFrom(await container.getArchive({ path: outPath }) as NodeJS.ReadableStream);
    await writeFile(options.output, produced);
    const rows = countScored(produced.toString('utf8'), outExt);
    return { image: options.image, version: image.id, input: options.input, output: options.output, inputRows, rows,
      failures: Math.max(0, inputRows - rows), exitCode: 0, durationMs: performance.now() - started, logTail };
  } finally {
    await container.remove({ force: true }).catch(() => undefined);
  }
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

function countRows(text: string, ext: string): number {
  const all = lines(text);
  return ext === '.csv' ? Math.max(0, all.length - 1) : all.length;
}

function countScored(text: string, ext: string): number {
  if (ext === '.jsonl') return lines(text).length;
  // Blank lines count here: a row the batch command could not score is an empty line in the output CSV.
  const all = text.split(/\r?\n/);
  if (all[all.length - 1] === '') all.pop();
  return all.slice(1).filter((l) => l.split(',').some((cell) => cell.trim() !== '')).length;
}

async function tarOf(name: string, content: Buffer): Promise<Buffer> {
  const archive = pack();
  archive.entry({ name, mode: 0o644 }, content);
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The first file in a tar stream. */
async function fileFrom(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const reader = extract();
  stream.pipe(reader);
  for await (const entry of reader) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    if (entry.header.type === 'file') return Buffer.concat(chunks);
  }
  throw new Error('the batch output archive holds no file');
}
