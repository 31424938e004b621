#!/usr/bin/env node
/**
 * The `serve` program in model images (bundled by ncc to dist/serve/index.js, onnxruntime-node external):
 *
 *   serve [--model FILE] [--name NAME] [--port N]         the OIP server (env: MLCI_MODEL, MLCI_MODEL_NAME, PORT)
 *   serve batch --input FILE --output FILE [--model FILE]  score a CSV/JSONL file
 *
 * SIGTERM/SIGINT drain in-flight requests and exit 0. A model that cannot load exits 1 with the reason, so a
 * smoke test sees the container die and shows its log.
 */
import { parseArgs } from 'node:util';
import { basename, extname } from 'node:path';
import { formatUserError, isUserError } from '@mlci/core';
import { startServer } from './server.ts';
import { scoreFile } from './batch.ts';

const log = (line: string): void => {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
};

async function main(argv: string[]): Promise<void> {
  const batch = argv[0] === 'batch';
  const { values } = parseArgs({
    args: batch ? argv.slice(1) : argv,
    options: {
      model: { type: 'string' },
      name: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      input: { type: 'string' },
      output: { type: 'string' },
      'no-batching': { type: 'boolean' },
    },
    strict: true,
  });
  const modelPath = values.model ?? process.env.MLCI_MODEL ?? '/app/model/model.onnx';
  const modelName = values.name ?? process.env.MLCI_MODEL_NAME ?? basename(modelPath, extname(modelPath));
  if (batch) {
    if (!values.input || !values.output) throw new Error('usage: serve batch --input FILE --output FILE [--model FILE]');
    const result = await scoreFile({ modelPath, modelName, input: values.input, output: values.output });
    log(`scored ${result.rows} rows of ${values.input} into ${values.output} in ${(result.durationMs / 1000).toFixed(2)} s`);
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  const server = await startServer({ modelPath, modelName, port, host: values.host ?? process.env.HOST ?? '0.0.0.0', batching: !values['no-batching'], log });
  log(`listening on ${server.url} (model '${modelName}' loading)`);
  const stop = (signal: string): void => {
    log(`${signal}: draining in-flight requests`);
    server.close().then(() => {
      log('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  try {
    await server.loaded;
    log(`ready: POST ${server.url}/v2/models/${encodeURIComponent(modelName)}/infer`);
  } catch (error) {
    log(`error: ${isUserError(error) ? formatUserError(error) : (error as Error).stack}`);
    process.exit(1);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${isUserError(error) ? formatUserError(error) : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
