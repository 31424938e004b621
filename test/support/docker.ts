/**
 * Shared harness for tests that need a real Docker engine and registries.
 *
 * `await dockerTestEnv()` runs scripts/docker-up.sh (idempotent: engine on /var/run/docker.sock, a registry on
 * 127.0.0.1:5000 and one demanding basic auth on 127.0.0.1:5001) and scripts/test-base-image.sh (a local
 * stand-in for a slim Node 24 image, since Docker Hub is unreachable), once per test process.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Docker from 'dockerode';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The plain registry docker-up.sh starts (no auth; Docker treats 127.0.0.0/8 as insecure, so HTTP is fine). */
export const REGISTRY = '127.0.0.1:5000';
/** The registry that demands basic auth, and its one valid user. */
export const AUTH_REGISTRY = '127.0.0.1:5001';
export const REGISTRY_CREDENTIALS = Object.freeze({ username: 'mlci', password: 'mlci-secret' });

export interface DockerTestEnv {
  docker: Docker;
  /** Local base image with a `node` binary and nothing else, e.g. `mlci-test/node:24`. */
  baseImage: string;
  registry: string;
  authRegistry: string;
  credentials: { username: string; password: string };
}

let pending: Promise<DockerTestEnv> | undefined;

export function dockerTestEnv(): Promise<DockerTestEnv> {
  pending ??= (async () => {
    await run('sh', [`${ROOT}scripts/docker-up.sh`], { cwd: ROOT, maxBuffer: 1 << 24 });
    const { stdout } = await run('sh', [`${ROOT}scripts/test-base-image.sh`], { cwd: ROOT, maxBuffer: 1 << 24 });
    return {
      docker: new Docker({ socketPath: '/var/run/docker.sock' }),
      baseImage: stdout.trim().split('\n').pop() as string,
      registry: REGISTRY,
      authRegistry: AUTH_REGISTRY,
      credentials: { ...REGISTRY_CREDENTIALS },
    };
  })();
  return pending;
}

/** A repository name no other test (or engineer running tests at the same time) uses: `<registry>/mlci-test/<prefix>-<hex>`. */
export function uniqueRepository(prefix: string, registry = REGISTRY): string {
  return `${registry}/mlci-test/${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Removes images by reference or id, ignoring those already gone. */
export async function removeImages(docker: Docker, ...references: string[]): Promise<void> {
  for (const reference of references) {
    try {
      await docker.getImage(reference).remove({ force: true });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }
}

/** Removes containers by id or name (force: also running ones), ignoring those already gone. */
export async function removeContainers(docker: Docker, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    try {
      await docker.getContainer(id).remove({ force: true, v: true });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }
}

let bundling: Promise<string> | undefined;

/**
 * The model server bundle (ncc of packages/serve, onnxruntime-node external), built once per test process into
 * a temporary folder with scripts/bundle.mjs; returns the path of its index.js.
 */
export function serverBundle(): Promise<string> {
  bundling ??= (async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlci-serve-bundle-'));
    await run(process.execPath, [`${ROOT}scripts/bundle.mjs`, 'serve', '--out', out], { cwd: ROOT, maxBuffer: 1 << 24 });
    return join(out, 'serve', 'index.js');
  })();
  return bundling;
}

/** onnxruntime-node's package folder in this repository's node_modules (its natives go into model images). */
export const ONNXRUNTIME_DIR = `${ROOT}node_modules/onnxruntime-node`;
