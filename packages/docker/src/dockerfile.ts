/**
 * The Dockerfile generated for the `onnx` flavor. Layers are ordered by how often they change, so that a
 * model-only change re-runs only the last COPY (seconds):
 *   1. the ONNX runtime (onnxruntime-node's JS and its native files for the target platform) — per runtime version
 *   2. the server bundle (ncc bundle of @mlci/serve) — per mlci version
 *   3. the model file — per model
 * It asks nothing of the base image but a `node` binary on PATH: no shell, no npm, no RUN, so distroless bases
 * work. It runs as a non-root numeric user (65532, distroless' `nonroot`), and HEALTHCHECK calls the server's
 * readiness route with node itself (exec form: no shell needed).
 */
export interface DockerfileOptions {
  baseImage: string;
  modelName: string;
  port?: number;
  /** Written as ONE LABEL instruction after the model: the engine's `labels` build option would add one
   * cache-missing step (a container each) per label, seconds of a model-only rebuild. */
  labels?: Record<string, string>;
}

/** A LABEL argument: double-quoted with JSON escapes (the Dockerfile parser reads those), `$` escaped. */
function quote(text: string): string {
  return JSON.stringify(text).replace(/\$/g, '\\$');
}

export function onnxDockerfile(options: DockerfileOptions): string {
  const port = options.port ?? 8080;
  const probe =
    `fetch('http://127.0.0.1:'+(process.env.PORT||${port})+'/v2/health/ready')` +
    `.then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
  return [
    `FROM ${options.baseImage}`,
    'WORKDIR /app',
    'COPY runtime/ /app/',
    'COPY server/ /app/server/',
    `ENV NODE_ENV=production PORT=${port} MLCI_MODEL=/app/model/model.onnx MLCI_MODEL_NAME=${JSON.stringify(options.modelName)}`,
    `EXPOSE ${port}`,
    'USER 65532:65532',
    `HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ${JSON.stringify(['node', '-e', probe])}`,
    'ENTRYPOINT ["node", "/app/server/index.js"]',
    'COPY model/model.onnx /app/model/model.onnx',
    ...(options.labels && Object.keys(options.labels).length > 0
      ? [`LABEL ${Object.entries(options.labels).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${quote(k)}=${quote(v)}`).join(' \\\n      ')}`]
      : []),
    '',
  ].join('\n');
}
