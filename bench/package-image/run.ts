/**
 * Packaging benchmark on the local engine (scripts/docker-up.sh, scripts/test-base-image.sh): the time of a full
 * package (context, build, no smoke test), of a model-only rebuild (same runtime and server, a model file that
 * differs), and of a smoke test; the image size and what the layers weigh. Goal: a model-only rebuild under 5 s.
 *
 * Usage: node bench/package-image/run.ts [rebuilds=3]
 * The model-only change rewrites the fixture model's producer string with random bytes of the same length, so no
 * earlier run left that model's layer in the engine's cache.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageModel, smokeTest } from '@mlci/docker';
import { dockerTestEnv, removeImages, serverBundle, uniqueRepository, ONNXRUNTIME_DIR } from '../../test/support/docker.ts';

const MODEL = fileURLToPath(new URL('../../test/fixtures/models/iris-linear.onnx', import.meta.url));
const rebuilds = Number(process.argv[2] ?? 3);
const env = await dockerTestEnv();
const bundle = await serverBundle();
const repository = uniqueRepository('bench');
const common = { docker: env.docker, flavor: 'onnx' as const, modelName: 'iris', repository, baseImage: env.baseImage, serverBundle: bundle, runtimeDir: ONNXRUNTIME_DIR, smokeTest: false };

const dir = await mkdtemp(join(tmpdir(), 'mlci-bench-model-'));
const original = await readFile(MODEL);
async function changedModel(): Promise<string> {
  const file = join(dir, `${randomBytes(4).toString('hex')}.onnx`);
  await writeFile(file, Buffer.from(original.toString('latin1').replace('mlci-fixtures', `mlci-${randomBytes(4).toString('hex')}`), 'latin1'));
  return file;
}

// A new server bundle content (a comment appended) makes the first build re-run the server and model layers.
const freshBundle = join(dir, 'index.js');
await writeFile(freshBundle, `${await readFile(bundle, 'utf8')}\n// ${randomBytes(8).toString('hex')}\n`);
let t = performance.now();
const first = await packageModel({ ...common, serverBundle: freshBundle, model: await changedModel(), tags: ['first'] });
const firstMs = performance.now() - t;

const times: number[] = [];
const buildTimes: number[] = [];
let last = first;
for (let i = 0; i < rebuilds; i++) {
  t = performance.now();
  last = await packageModel({ ...common, serverBundle: freshBundle, model: await changedModel(), tags: [`r${i}`] });
  times.push(performance.now() - t);
  buildTimes.push(last.build.durationMs);
}
t = performance.now();
const smoke = await smokeTest(env.docker, { image: last.imageId, modelName: 'iris', sampleRequest: { inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: [5.1, 3.5, 1.4, 0.2] }] } });
const smokeMs = performance.now() - t;

const history = (await env.docker.getImage(last.imageId).history()) as Array<{ CreatedBy: string; Size: number }>;
const base = (await env.docker.getImage(env.baseImage).inspect()).Size;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
console.log(`package-image on the local engine; base ${env.baseImage}; machine shared with other jobs`);
console.log('| measure | mlci | goal | ratio |');
console.log('|---|---:|---:|---:|');
console.log(`| first package (new server bundle, new model) | ${s(firstMs)} | | |`);
console.log(`| model-only rebuild, whole packageModel (median of ${rebuilds}) | ${s(median(times))} | 5 s | ${(median(times) / 5000).toFixed(2)} |`);
console.log(`| model-only rebuild, engine build step (median) | ${s(median(buildTimes))} | | |`);
console.log(`| steps rebuilt in the last rebuild | ${last.build.rebuiltSteps.length} of ${last.build.steps} (${last.build.rebuiltSteps.map((x) => x.split(' ')[0]).join(', ')}) | | |`);
console.log(`| smoke test (start, ready, one request) | ${s(smokeMs)} (ready after ${s(smoke.readyAfterMs)}) | | |`);
console.log(`| image size | ${(last.sizeBytes / 1e6).toFixed(1)} MB | | |`);
console.log(`| of which base image (node binary + libc/libstdc++) | ${(base / 1e6).toFixed(1)} MB | | |`);
for (const layer of history.filter((h) => h.Size > 0 && /COPY/.test(h.CreatedBy))) {
  console.log(`| layer ${layer.CreatedBy.replace(/.*COPY /, 'COPY ').replace(/\s+in\s+/, ' -> ').slice(0, 60)} | ${(layer.Size / 1e6).toFixed(2)} MB | | |`);
}
await removeImages(env.docker, ...['first', ...Array.from({ length: rebuilds }, (_, i) => `r${i}`)].map((tag) => `${repository}:${tag}`));
