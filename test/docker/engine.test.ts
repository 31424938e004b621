/**
 * @mlci/docker against a real engine and registries (scripts/docker-up.sh): build with labels, push with the
 * digest cross-checked, pull back by digest, failing RUN, auth registry, smoke test of a tiny OIP-shaped server.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImage, pushImage, manifestDigest, smokeTest, connectDocker, parseImageReference } from '@mlci/docker';
import { isUserError } from '@mlci/core';
import { dockerTestEnv, removeImages, uniqueRepository, type DockerTestEnv } from '../support/docker.ts';

let env: DockerTestEnv;
before(async () => {
  env = await dockerTestEnv();
});

async function context(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mlci-docker-test-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

// A server that answers the two OIP routes the smoke test uses; `mode` breaks it in chosen ways.
const FAKE_SERVER = `
const http = require('node:http');
const mode = process.env.MODE || 'ok';
if (mode === 'crash') { console.error('model file is corrupt: protobuf parsing failed'); process.exit(2); }
http.createServer((req, res) => {
  if (req.url === '/v2/health/ready') { res.writeHead(200); return res.end(); }
  const body = mode === 'badshape'
    ? { model_name: 'm', outputs: [{ name: 'y', datatype: 'FP32', shape: [2], data: [1] }] }
    : { model_name: 'm', outputs: [{ name: 'y', datatype: 'FP32', shape: [1, 2], data: [1, 2] }] };
  res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(body));
}).listen(Number(process.env.PORT));
`;

test('build labels the image, push returns the digest the registry serves, and the image pulls back by digest', async () => {
  const repository = uniqueRepository('engine');
  const dir = await context({ 'server.cjs': FAKE_SERVER, Dockerfile: `FROM ${env.baseImage}\nCOPY server.cjs /app/server.cjs\nUSER 65532\nCMD ["node", "/app/server.cjs"]\n` });
  const lines: string[] = [];
  const built = await buildImage(env.docker, { contextDir: dir, tags: [`${repository}:t1`, `${repository}:t2`], labels: { 'org.opencontainers.image.title': 'engine-test' }, log: (l) => lines.push(l) });
  assert.match(built.imageId, /^sha256:[0-9a-f]{64}$/);
  assert.ok(lines.some((l) => /^Step 2\/\d+ : COPY server.cjs/.test(l)), lines.join('\n'));
  const pushed = await pushImage(env.docker, { repository, tags: ['t1', 't2'] });
  assert.match(pushed.digest, /^sha256:[0-9a-f]{64}$/);
  assert.equal(pushed.image, `${repository}@${pushed.digest}`);
  const ref = parseImageReference(repository);
  assert.equal(await manifestDigest(ref.registry, ref.path, 't2'), pushed.digest);
  await removeImages(env.docker, `${repository}:t1`, `${repository}:t2`);
  await new Promise((resolve, reject) => env.docker.pull(pushed.image, (err: Error | null, stream: NodeJS.ReadableStream) => (err ? reject(err) : env.docker.modem.followProgress(stream, (e) => (e ? reject(e) : resolve(null))))));
  const inspected = await env.docker.getImage(pushed.image).inspect();
  assert.equal(inspected.Id, built.imageId);
  assert.equal(inspected.Config.Labels['org.opencontainers.image.title'], 'engine-test');
  assert.equal(inspected.Config.User, '65532');
  await removeImages(env.docker, pushed.image);
});

test('a Dockerfile whose RUN fails fails the build with the daemon message', async () => {
  const dir = await context({ Dockerfile: `FROM ${env.baseImage}\nRUN ["node", "-e", "process.exit(3)"]\n` });
  await assert.rejects(
    buildImage(env.docker, { contextDir: dir, tags: [`${uniqueRepository('failing')}:x`] }),
    (error: Error) => isUserError(error) && /docker build failed: .*returned a non-zero code: 3/.test(error.message),
  );
});

test('a missing Dockerfile is a user error naming it', async () => {
  const dir = await context({ 'a.txt': 'x' });
  await assert.rejects(buildImage(env.docker, { contextDir: dir, dockerfile: 'build/Dockerfile', tags: ['x:y'] }), /Dockerfile 'build\/Dockerfile' not found/);
});

test('the auth registry accepts the right credentials and rejects wrong ones with a clear error', async () => {
  const repository = uniqueRepository('auth', env.authRegistry);
  const dir = await context({ Dockerfile: `FROM ${env.baseImage}\nLABEL test=auth\n` });
  await buildImage(env.docker, { contextDir: dir, tags: [`${repository}:v1`] });
  await assert.rejects(
    pushImage(env.docker, { repository, tags: ['v1'], credentials: { username: 'mlci', password: 'wrong' } }),
    (error: Error) => isUserError(error) && /push of .*:v1 failed: .*rejected the credentials; check registry-username and registry-password/.test(error.message) && !error.message.includes('wrong'),
  );
  const pushed = await pushImage(env.docker, { repository, tags: ['v1'], credentials: env.credentials });
  const ref = parseImageReference(repository);
  assert.equal(await manifestDigest(ref.registry, ref.path, 'v1', env.credentials), pushed.digest);
  await assert.rejects(manifestDigest(ref.registry, ref.path, 'v1'), /demands credentials/);
  await removeImages(env.docker, `${repository}:v1`);
});

test('the smoke test passes a healthy server and fails a crashing or malformed one with its log lines', async () => {
  const repository = uniqueRepository('smoke');
  const dir = await context({ 'server.cjs': FAKE_SERVER, Dockerfile: `FROM ${env.baseImage}\nCOPY server.cjs /app/server.cjs\nCMD ["node", "/app/server.cjs"]\n` });
  await buildImage(env.docker, { contextDir: dir, tags: [`${repository}:ok`] });
  const ok = await smokeTest(env.docker, { image: `${repository}:ok`, modelName: 'm', sampleRequest: { inputs: [] }, timeoutMs: 20_000 });
  assert.deepEqual(ok.response?.outputs[0].shape, [1, 2]);
  for (const [mode, expected] of [
    ['crash', /exited with code 2 before it was ready[\s\S]*model file is corrupt: protobuf parsing failed/],
    ['badshape', /output 'y' has 1 values for shape \[2\] \(expected 2\)/],
  ] as const) {
    const mdir = await context({ Dockerfile: `FROM ${repository}:ok\nENV MODE=${mode}\n` });
    await buildImage(env.docker, { contextDir: mdir, tags: [`${repository}:${mode}`] });
    await assert.rejects(smokeTest(env.docker, { image: `${repository}:${mode}`, modelName: 'm', sampleRequest: {}, timeoutMs: 20_000 }), expected);
  }
  await removeImages(env.docker, `${repository}:crash`, `${repository}:badshape`, `${repository}:ok`);
});

test('docker-host values: unix and tcp forms connect, an unknown scheme is a user error', () => {
  assert.equal(connectDocker('unix:///var/run/docker.sock').publishedHost, '127.0.0.1');
  assert.equal(connectDocker('tcp://10.1.2.3:2375').publishedHost, '10.1.2.3');
  assert.throws(() => connectDocker('ftp://x'), /unsupported scheme 'ftp:'/);
});

test('image references split registry, path, tag and digest like the Docker CLI', () => {
  assert.deepEqual(parseImageReference('127.0.0.1:5000/team/model:v1'), { registry: '127.0.0.1:5000', path: 'team/model', repository: '127.0.0.1:5000/team/model', tag: 'v1', digest: undefined });
  assert.equal(parseImageReference('model').path, 'library/model');
  assert.throws(() => parseImageReference('Team/Model'), /not a valid repository name/);
});
