/**
 * The router: a small, long-lived HTTP proxy that holds the service's published port and forwards every request
 * to the ACTIVE pool of model containers. A deploy switches the pool atomically (one assignment in one event
 * loop), so the published port is never unanswered: requests already in flight finish on the pool they started
 * on, new requests go to the new pool.
 *
 * Why a function and not a file: the router runs inside a plain `node` container as `node -e <source>`, and its
 * source is `routerProgram.toString()`. The code therefore comes from the action's own files (no registry, no
 * image build, no asset to copy next to the bundle), and it stays type-checked. The function must be
 * self-contained: no closure over module scope, built-ins only through process.getBuiltinModule.
 *
 * Admin API (separate port, bearer token, published on loopback only):
 *   GET  /state                       -> { generation, active, previous, stats }
 *   POST /probe  { upstream, method, path, body?, timeoutMs } -> { status, body, ms } (from inside the network)
 *   POST /switch { expectGeneration, record }  -> 409 unless generation === expectGeneration (compare-and-set)
 *   POST /drain  { timeoutMs }        -> waits until the previous pool has no request in flight
 */

/** What the router records about a pool: the deployed version and where its containers answer. */
export interface PoolRecord {
  version: string;
  image: string;
  configDigest: string;
  containers: string[];
  upstreams: string[];
  deployedAt: string;
}

export interface PoolStats {
  requests: number;
  /** Responses with status >= 500. */
  serverErrors: number;
  /** Connections refused/reset/timed out before a response. */
  connectErrors: number;
  inFlight: number;
}

export interface RouterConfig {
  listenPort: number;
  adminPort: number;
  token: string;
  /** Upstream response timeout (ms) before the proxy answers 504. */
  upstreamTimeoutMs: number;
  /** Largest request body the proxy buffers (bytes); bigger bodies get 413. */
  maxBodyBytes: number;
  /** Where the active record is kept across restarts of the router container. */
  stateFile?: string;
}

export async function routerProgram(config: RouterConfig): Promise<void> {
  // process.getBuiltinModule, not import(): a bundler rewrites import() into its own loader, which would not exist
  // in the router container; this call survives bundling as written (Node >= 20.16).
  const http = process.getBuiltinModule('node:http') as typeof import('node:http');

  interface Pool {
    record: PoolRecord;
    agent: import('node:http').Agent;
    next: number;
    stats: PoolStats;
  }
  const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
  let generation = 0;
  let active: Pool | null = null;
  let previous: Pool | null = null;

  const makePool = (record: PoolRecord): Pool => ({
    record,
    agent: new http.Agent({ keepAlive: true, maxSockets: 256 }),
    next: 0,
    stats: { requests: 0, serverErrors: 0, connectErrors: 0, inFlight: 0 },
  });

  // The active record survives a restart of the router container (engine restart, crash: the restart policy
  // brings it back) in the container's own filesystem, so the service resumes without waiting for a deploy.
  const persist = () => {
    if (!config.stateFile) return;
    const temp = `${config.stateFile}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ generation, active: active?.record ?? null }));
    fs.renameSync(temp, config.stateFile);
  };
  if (config.stateFile && fs.existsSync(config.stateFile)) {
    const saved = JSON.parse(fs.readFileSync(config.stateFile, 'utf8')) as { generation: number; active: PoolRecord | null };
    generation = saved.generation;
    active = saved.active ? makePool(saved.active) : null;
  }

  const readBody = (req: import('node:http').IncomingMessage, limit: number): Promise<Buffer | null> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= limit) chunks.push(chunk);
      });
      req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
      req.on('error', reject);
    });

  /** One upstream attempt; resolves false when the connection failed before any response (safe to retry). */
  const forward = (
    pool: Pool,
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    body: Buffer,
  ): Promise<boolean> =>
    new Promise((resolve) => {
      const upstreams = pool.record.upstreams;
      const target = new URL(upstreams[pool.next++ % upstreams.length]!);
      pool.stats.requests++;
      pool.stats.inFlight++;
      let settled = false;
      const done = (ok: boolean) => {
        if (settled) return;
        settled = true;
        pool.stats.inFlight--;
        resolve(ok);
      };
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      delete headers['transfer-encoding'];
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: pool.agent },
        (answer) => {
          if ((answer.statusCode ?? 502) >= 500) pool.stats.serverErrors++;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => done(true));
          answer.on('error', () => done(true));
        },
      );
      upstream.setTimeout(config.upstreamTimeoutMs, () => upstream.destroy(new Error('upstream timeout')));
      upstream.on('error', () => {
        if (res.headersSent) {
          res.destroy();
          done(true);
        } else {
          pool.stats.connectErrors++;
          done(false);
        }
      });
      upstream.end(body);
    });

  const proxy = http.createServer(async (req, res) => {
    const body = await readBody(req, config.maxBodyBytes).catch(() => null);
    if (body === null) {
      res.writeHead(413, { 'content-type': 'application/json' }).end('{"error":"request body too large"}');
      return;
    }
    const first = active;
    if (!first) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"no version is deployed yet"}');
      return;
    }
    if (await forward(first, req, res, body)) return;
    // The connection failed before any response: retry once on the other live pool (the one being switched
    // away from or to), then once more on the same pool's next replica.
    const fallback = active !== first ? active : previous;
    if (fallback && (await forward(fallback, req, res, body))) return;
    if (first.record.upstreams.length > 1 && (await forward(first, req, res, body))) return;
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end('{"error":"no upstream answered"}');
  });
  proxy.keepAliveTimeout = 65_000;

  const json = (res: import('node:http').ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };
  const snapshot = () => ({
    generation,
    active: active?.record ?? null,
    previous: previous?.record ?? null,
    stats: { active: active?.stats ?? null, previous: previous?.stats ?? null },
  });

  const probe = (spec: { upstream: string; method: string; path: string; body?: string; timeoutMs: number }) =>
    new Promise<{ status: number; body: string; ms: number; error?: string }>((resolve) => {
      const started = performance.now();
      const target = new URL(spec.path, spec.upstream);
      const request = http.request(
        target,
        { method: spec.method, headers: spec.body ? { 'content-type': 'application/json' } : {} },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8').slice(0, 65_536),
              ms: performance.now() - started,
            }),
          );
        },
      );
      request.setTimeout(spec.timeoutMs, () => request.destroy(new Error(`no answer within ${spec.timeoutMs} ms`)));
      request.on('error', (error) =>
        resolve({ status: 0, body: '', ms: performance.now() - started, error: error.message }),
      );
      request.end(spec.body);
    });

  const admin = http.createServer(async (req, res) => {
    if (req.headers.authorization !== `Bearer ${config.token}`) return json(res, 401, { error: 'bad token' });
    const raw = await readBody(req, 16 * 1024 * 1024);
    let input: Record<string, unknown>;
    try {
      input = raw && raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      return json(res, 400, { error: 'body is not JSON' });
    }
    if (req.method === 'GET' && req.url === '/state') return json(res, 200, snapshot());
    if (req.method === 'POST' && req.url === '/probe') return json(res, 200, await probe(input as never));
    if (req.method === 'POST' && req.url === '/switch') {
      // Compare-and-set on the generation: two deploys that read the same state cannot both win.
      if (input.expectGeneration !== generation) return json(res, 409, snapshot());
      const record = input.record as PoolRecord;
      // Switching back to the pool we just left (a rollback) keeps its connections and counters.
      const reuse = previous && previous.record.containers.join() === record.containers.join() ? previous : null;
      if (previous && previous !== reuse) previous.agent.destroy();
      previous = active;
      active = reuse ?? makePool(record);
      generation++;
      persist();
      return json(res, 200, snapshot());
    }
    if (req.method === 'POST' && req.url === '/drain') {
      const deadline = Date.now() + Number(input.timeoutMs ?? 30_000);
      while (previous && previous.stats.inFlight > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const left = previous?.stats.inFlight ?? 0;
      if (input.forget !== false && previous) {
        previous.agent.destroy();
        previous = null;
      }
      return json(res, 200, { inFlight: left, ...snapshot() });
    }
    return json(res, 404, { error: `no admin route ${req.method} ${req.url}` });
  });

  proxy.listen(config.listenPort, '0.0.0.0');
  admin.listen(config.adminPort, '0.0.0.0');
  const stop = () => {
    admin.close();
    proxy.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** The `node -e` script a container runs: the program's source and a call with the config from the env. */
export function routerScript(): string {
  return `(${routerProgram.toString()})(JSON.parse(process.env.MLCI_ROUTER_CONFIG)).catch((e) => {` +
    ` console.error(e); process.exit(1); });`;
}
