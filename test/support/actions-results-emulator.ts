/**
 * A local Actions results service: the Twirp endpoints the real @actions/cache (cache service v2) and
 * @actions/artifact (artifacts v4) clients call, with Azurite as the blob store behind the signed URLs.
 *
 * What it models of the real service:
 * - The runtime token is a JWT. Its `scp` claim carries `Actions.Results:<workflowRunBackendId>:<jobRunBackendId>`
 *   (parsed by the artifact client), its `ac` claim the cache scopes of the run as the runner issues them:
 *   `[{"Scope":"refs/pull/7/merge","Permission":3},{"Scope":"refs/heads/main","Permission":1}]` — write access to
 *   the run's own ref, read access to the base branch (1 = read, 2 = write).
 * - Cache lookup: the key, then each restore key, in the run's scopes in order; the key matches exactly, restore
 *   keys by prefix with the newest entry winning; and only entries of the same `version` (paths + compression).
 * - Cache keys are immutable within a scope: creating an existing (key, version) again is refused.
 * - Artifacts belong to a workflow run; names are unique within the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BlobServiceClient, BlobSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { ROOT } from './runner.ts';

/** Azurite's well-known development account (documented in Azurite's README). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-results';

const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

export interface CacheScope {
  scope: string;
  /** 1 read, 2 write, 3 both, as in the runner's token. */
  permission: number;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  blob: string;
  sizeBytes: number;
  finalized: boolean;
  createdAt: number;
}

export interface ArtifactEntry {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blob: string;
  size: number;
  digest?: string;
  finalized: boolean;
  createdAt: Date;
}

export interface RunIdentity {
  /** workflow run backend id (a UUID in the real service). */
  runBackendId: string;
  jobBackendId: string;
  cacheScopes: CacheScope[];
}

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function decodeToken(authorization: string | undefined): Record<string, any> {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
  const [, payload] = token.split('.');
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new TwirpError(401, 'unauthenticated', 'malformed token');
  }
}

class TwirpError extends Error {
  status: number;
  code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class ActionsResultsEmulator {
  readonly url: string;
  readonly blobUrl: string;
  readonly cacheEntries: CacheEntry[] = [];
  readonly artifacts: ArtifactEntry[] = [];
  /** Every Twirp call, `Service/Method`, in order. */
  readonly calls: string[] = [];
  private readonly server: http.Server;
  private readonly azurite: ChildProcess;
  private readonly location: string;
  private readonly credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  private nextId = 1;

  private constructor(server: http.Server, azurite: ChildProcess, location: string, blobUrl: string) {
    this.server = server;
    this.azurite = azurite;
    this.location = location;
    this.blobUrl = blobUrl;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  static async start(): Promise<ActionsResultsEmulator> {
    const location = mkdtempSync(path.join(os.tmpdir(), 'mlci-azurite-'));
    const azurite = spawn(path.join(ROOT, 'node_modules', '.bin', 'azurite-blob'), ['--blobHost', '127.0.0.1', '--blobPort', '0', '--loose', '--skipApiVersionCheck', '--location', location], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`azurite did not start within 60 s: ${text}`)), 60_000);
      azurite.stdout!.on('data', (chunk) => {
        text += chunk;
        const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      azurite.stderr!.on('data', (chunk) => (text += chunk));
      azurite.on('exit', (code) => reject(new Error(`azurite exited with ${code}: ${text}`)));
    });
    const blobUrl = `http://127.0.0.1:${port}/${ACCOUNT}`;
    const service = new BlobServiceClient(blobUrl, new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY));
    await service.getContainerClient(CONTAINER).createIfNotExists();

    const server = http.createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const emulator = new ActionsResultsEmulator(server, azurite, location, blobUrl);
    server.on('request', (request, response) => void emulator.handle(request, response));
    return emulator;
  }

  /** A runtime token for one job of a run, in the shape the runner issues (unsigned: the clients only decode it). */
  token(identity: RunIdentity): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      scp: `Actions.ExampleScope Actions.Results:${identity.runBackendId}:${identity.jobBackendId}`,
      ac: JSON.stringify(identity.cacheScopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
      iat: now,
      exp: now + 3600,
    };
    return `${base64url({ typ: 'JWT', alg: 'none' })}.${base64url(claims)}.${base64url('signature')}`;
  }

  /** The environment the runner gives a step for these services. */
  env(identity: RunIdentity): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_CACHE_URL: this.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RUNTIME_TOKEN: this.token(identity),
    };
  }

  /**
   * Downloads an artifact of a run with the real @actions/artifact client (ListArtifacts, GetSignedArtifactURL,
   * the blob, unzip) into a fresh folder, and returns the folder. The client reads its service and workspace from
   * the environment, so these are set for the call and restored after.
   */
  async download(identity: RunIdentity, id: number): Promise<string> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlci-artifact-'));
    const env = { ...this.env(identity), GITHUB_WORKSPACE: dir };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().downloadArtifact(id, { path: dir });
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    return dir;
  }

  /** The bytes of a blob (a cache archive or an artifact zip), read through Azurite. */
  async blob(name: string): Promise<Buffer> {
    return new BlobServiceClient(this.blobUrl, this.credential).getContainerClient(CONTAINER).getBlobClient(name).downloadToBuffer();
  }

  private signedUrl(blob: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName: blob, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3600_000) },
      this.credential,
    ).toString();
    return `${this.blobUrl}/${CONTAINER}/${blob}?${sas}`;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const send = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    try {
      const match = /^\/twirp\/([^/]+)\/([^/?]+)$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !match) throw new TwirpError(404, 'bad_route', `no route ${request.method} ${request.url}`);
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const claims = decodeToken(request.headers.authorization);
      const [, service, method] = match;
      this.calls.push(`${service.split('.').pop()}/${method}`);
      if (service === CACHE_SERVICE) return send(200, this.cache(method, body, claims));
      if (service === ARTIFACT_SERVICE) return send(200, this.artifact(method, body, claims));
      throw new TwirpError(404, 'bad_route', `unknown service ${service}`);
    } catch (error) {
      if (error instanceof TwirpError) return send(error.status, { code: error.code, msg: error.message });
      send(500, { code: 'internal', msg: String(error) });
    }
  }

  private scopes(claims: Record<string, any>): CacheScope[] {
    const raw = JSON.parse(claims.ac ?? '[]') as Array<{ Scope: string; Permission: number }>;
    return raw.map((s) => ({ scope: s.Scope, permission: s.Permission }));
  }

  private cache(method: string, body: Record<string, any>, claims: Record<string, any>): object {
    const scopes = this.scopes(claims);
    if (method === 'CreateCacheEntry') {
      const writable = scopes.find((s) => s.permission & 2);
      if (!writable) throw new TwirpError(403, 'permission_denied', 'no writable cache scope in the token');
      if (this.cacheEntries.some((e) => e.key === body.key && e.version === body.version && e.scope === writable.scope)) {
        return { ok: false, message: `cache entry with key ${body.key} already exists` };
      }
      const id = this.nextId++;
      const entry: CacheEntry = { id, key: body.key, version: body.version, scope: writable.scope, blob: `cache/${id}`, sizeBytes: 0, finalized: false, createdAt: Date.now() + id };
      this.cacheEntries.push(entry);
      return { ok: true, signed_upload_url: this.signedUrl(entry.blob, 'cw') };
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.cacheEntries.find((e) => e.key === body.key && e.version === body.version && !e.finalized);
      if (!entry) return { ok: false, message: `no pending cache entry ${body.key}` };
      entry.finalized = true;
      entry.sizeBytes = Number(body.size_bytes ?? 0);
      return { ok: true, entry_id: String(entry.id) };
    }
    if (method === 'GetCacheEntryDownloadURL') {
      for (const scope of scopes.filter((s) => s.permission & 1)) {
        const candidates = this.cacheEntries.filter((e) => e.finalized && e.scope === scope.scope && e.version === body.version);
        const exact = candidates.find((e) => e.key === body.key);
        if (exact) return { ok: true, signed_download_url: this.signedUrl(exact.blob, 'r'), matched_key: exact.key };
        for (const prefix of (body.restore_keys ?? []) as string[]) {
          const newest = candidates.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt)[0];
          if (newest) return { ok: true, signed_download_url: this.signedUrl(newest.blob, 'r'), matched_key: newest.key };
        }
      }
      return { ok: false };
    }
    throw new TwirpError(404, 'bad_route', `unknown cache method ${method}`);
  }

  private artifact(method: string, body: Record<string, any>, claims: Record<string, any>): object {
    const [, run, job] = /Actions\.Results:([^:\s]+):([^:\s]+)/.exec(claims.scp ?? '') ?? [];
    if (body.workflow_run_backend_id !== run || body.workflow_job_run_backend_id !== job) {
      throw new TwirpError(403, 'permission_denied', 'the request names another run than the token');
    }
    const ofRun = this.artifacts.filter((a) => a.runBackendId === run && a.finalized);
    if (method === 'CreateArtifact') {
      if (body.version !== 7) throw new TwirpError(400, 'invalid_argument', `unsupported artifact version ${body.version}`);
      if (ofRun.some((a) => a.name === body.name)) throw new TwirpError(409, 'already_exists', `an artifact named ${body.name} exists in this run`);
      const id = this.nextId++;
      const entry: ArtifactEntry = { id, runBackendId: run, jobBackendId: job, name: body.name, blob: `artifacts/${run}/${id}`, size: 0, finalized: false, createdAt: new Date() };
      this.artifacts.push(entry);
      return { ok: true, signed_upload_url: this.signedUrl(entry.blob, 'cw') };
    }
    if (method === 'FinalizeArtifact') {
      const entry = this.artifacts.find((a) => a.runBackendId === run && a.name === body.name && !a.finalized);
      if (!entry) throw new TwirpError(404, 'not_found', `no pending artifact ${body.name}`);
      entry.finalized = true;
      entry.size = Number(body.size ?? 0);
      entry.digest = body.hash;
      return { ok: true, artifact_id: String(entry.id) };
    }
    if (method === 'ListArtifacts') {
      const listed = ofRun.filter((a) => (body.name_filter === undefined || a.name === body.name_filter) && (body.id_filter === undefined || String(a.id) === String(body.id_filter)));
      return {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      };
    }
    if (method === 'GetSignedArtifactURL') {
      const entry = ofRun.find((a) => a.name === body.name);
      if (!entry) throw new TwirpError(404, 'not_found', `no artifact ${body.name}`);
      return { signed_url: this.signedUrl(entry.blob, 'r') };
    }
    throw new TwirpError(404, 'bad_route', `unknown artifact method ${method}`);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.azurite.exitCode === null && this.azurite.signalCode === null) {
      // Azurite's graceful shutdown can wait minutes for idle timers; its data is thrown away, so it gets one
      // second and is then killed.
      const exited = once(this.azurite, 'exit');
      this.azurite.kill('SIGTERM');
      const timer = setTimeout(() => this.azurite.kill('SIGKILL'), 1000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.location, { recursive: true, force: true });
  }
}
