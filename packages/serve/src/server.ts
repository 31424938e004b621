/**
 * The model server: Open Inference Protocol (KServe V2) REST over node:http.
 *
 *   GET  /v2/health/live            200 once the process listens
 *   GET  /v2/health/ready           200 once the model loaded, 503 before and while draining
 *   GET  /v2                        server metadata
 *   GET  /v2/models/{name}          model metadata (inputs/outputs: name, datatype, shape; -1 = dynamic)
 *   GET  /v2/models/{name}/ready    200 when ready
 *   POST /v2/models/{name}/infer    inference; 400 {"error": ...} for an invalid request
 *   GET  /metrics                   Prometheus text format
 * (the optional `/versions/{v}` path segment is accepted). Errors are {"error": "..."} with a 4xx/5xx status.
 * `close()` drains: it stops accepting, answers not-ready, waits for in-flight requests, then closes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Batcher } from './batcher.ts';
import { ServerMetrics } from './metrics.ts';
import { loadModel, type LoadedModel } from './model.ts';
import { parseInferRequest, RequestError } from './request.ts';

export interface ServeOptions {
  modelPath: string;
  modelName: string;
  port?: number;
  host?: string;
  /** Largest request body accepted, bytes (default 64 MiB). */
  maxBodyBytes?: number;
  batching?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  /** Resolves when the model has loaded (rejects if it cannot be). */
  loaded: Promise<LoadedModel>;
  close(): Promise<void>;
}

const SERVER_VERSION = '0.1.0';

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const metrics = new ServerMetrics(options.modelName);
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let model: LoadedModel | undefined;
  let batcher: Batcher | undefined;
  let draining = false;

  const loaded = loadModel(options.modelPath, options.modelName).then((m) => {
    model = m;
    batcher = new Batcher(m, { maxBatchRows: options.batching === false ? 0 : 256 });
    batcher.onRun = (n) => metrics.observeBatch(n);
    log(`model '${options.modelName}' loaded from ${options.modelPath} (sha256 ${m.sha256.slice(0, 12)}); inputs ${m.metadata.inputs.map((i) => `${i.name} ${i.datatype}[${i.shape}]`).join(', ')}`);
    return m;
  });
  loaded.catch(() => {});
  const ready = (): boolean => model !== undefined && !draining;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<{ route: string; status: number }> => {
    const url = (req.url ?? '/').split('?')[0];
    const method = req.method ?? 'GET';
    if (url === '/v2/health/live') return send(res, 200, { live: true }, 'live');
    if (url === '/v2/health/ready') return send(res, ready() ? 200 : 503, { ready: ready() }, 'ready');
    if (url === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(metrics.render());
      return { route: 'metrics', status: 200 };
    }
    if (url === '/v2' || url === '/v2/') return send(res, 200, { name: 'mlci-serve', version: SERVER_VERSION, extensions: [] }, 'server');
    const match = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?\/?$/.exec(url);
    if (!match) return send(res, 404, { error: `no route ${method} ${url}; see /v2/models/${options.modelName}` }, 'unknown');
    const name = decodeURIComponent(match[1]);
    const action = match[3] ?? '';
    const route = action === '/infer' ? 'infer' : action === '/ready' ? 'model_ready' : 'model_metadata';
    if (name !== options.modelName) return send(res, 404, { error: `unknown model '${name}'; this server serves '${options.modelName}'` }, route);
    if (match[2] !== undefined && match[2] !== '1') return send(res, 404, { error: `unknown version '${match[2]}' of model '${name}'; versions: 1` }, route);
    if (route === 'model_ready') return send(res, ready() ? 200 : 503, { name, ready: ready() }, route);
    if (!model || !batcher) return send(res, 503, { error: `model '${name}' is not loaded yet` }, route);
    if (route === 'model_metadata') {
      if (method !== 'GET') return send(res, 405, { error: `use GET for ${url}` }, route);
      return send(res, 200, model.metadata, route);
    }
    if (method !== 'POST') return send(res, 405, { error: `use POST for ${url}` }, route);
    if (draining) return send(res, 503, { error: 'the server is shutting down' }, route);
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, maxBody));
    } catch (error) {
      metrics.inferenceErrors++;
      if (error instanceof RequestError) return send(res, error.status, { error: error.message }, route);
      return send(res, 400, { error: `the request body is not valid JSON: ${(error as Error).message}` }, route);
    }
    try {
      const request = parseInferRequest(body, model.metadata);
      const outputs = await batcher.infer(request);
      const response: Record<string, unknown> = { model_name: name, model_version: '1', outputs };
      if (request.id !== undefined) response.id = request.id;
      return send(res, 200, response, route);
    } catch (error) {
      metrics.inferenceErrors++;
      if (error instanceof RequestError) return send(res, error.status, { error: error.message }, route);
      log(`inference failed: ${(error as Error).message}`);
      return send(res, 500, { error: `inference failed: ${(error as Error).message}` }, route);
    }
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    metrics.inFlight++;
    handle(req, res)
      .catch((error: unknown) => {
        log(`bug: ${(error as Error).stack}`);
        return send(res, 500, { error: 'internal server error' }, 'error');
      })
      .then(({ route, status }) => {
        metrics.inFlight--;
        metrics.observeRequest(route, status, (performance.now() - started) / 1000);
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;

  const close = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    while (metrics.inFlight > 0 || (batcher?.busy ?? 0) > 0) await new Promise((r) => setTimeout(r, 10));
    server.closeAllConnections();
    await closed;
    await model?.session.release();
  };
  return { url: `http://${host}:${address.port}`, server, loaded, close };
}

function send(res: ServerResponse, status: number, body: unknown, route: string): { route: string; status: number } {
  const text = JSON.stringify(body);
  // Responses during a drain tell keep-alive clients to go elsewhere.
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return { route, status };
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new RequestError(`the request body is larger than ${limit} bytes`, 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
