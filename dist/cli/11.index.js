export const id = 11;
export const ids = [11];
export const modules = {

/***/ 64525:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * dockerode loads ssh2, whose emscripten-built poly1305 module reads `__dirname` when it initialises. Inside an
 * ESM bundle (ncc output of an action) there is no `__dirname`, so that read throws before any code of ours
 * runs. A free `__dirname` falls back to the global object: define it there, as the bundle's folder, before
 * dockerode is imported. Imported for this side effect only, first, by connect.ts (and, as `@mlci/docker/cjs-globals`, by
 * deploy-endpoint before anything loads dockerode).
 */


const globals = globalThis;
globals.__filename ??= (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
globals.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(globals.__filename);


/***/ }),

/***/ 45011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z8: () => (/* reexport */ connectDocker),
  gR: () => (/* reexport */ packageModel),
  o_: () => (/* reexport */ parseImageReference)
});

// UNUSED EXPORTS: EngineStreamError, buildImage, containerLogs, dvcDataVersions, engineMessage, followJsonStream, inferResponseProblem, lineageLabels, listContextFiles, manifestDigest, onnxDockerfile, packContext, progressPrinter, pushImage, readOnnxModelInfo, registryBaseUrl, runContainer, sampleInferRequest, smokeTest

// EXTERNAL MODULE: ./packages/docker/src/cjs-globals.ts
var cjs_globals = __webpack_require__(64525);
// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var docker = __webpack_require__(39040);
var docker_default = /*#__PURE__*/__webpack_require__.n(docker);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 5 modules
var src = __webpack_require__(6570);
;// CONCATENATED MODULE: ./packages/docker/src/connect.ts
/**
 * Connecting to a Docker engine from a `docker-host` value, in the forms the Docker CLI's DOCKER_HOST takes and
 * dockerode supports: `unix:///var/run/docker.sock`, `tcp://host:2375` (`:2376` or DOCKER_TLS_VERIFY=1 means
 * TLS, with certificates from DOCKER_CERT_PATH), `ssh://user@host[:port]` (the engine's socket over SSH, keys
 * from the SSH agent), `npipe:////./pipe/docker_engine`. Empty means DOCKER_HOST, else the local socket.
 */



function connectDocker(dockerHost) {
    const value = (dockerHost ?? '').trim();
    if (value === '') {
        const env = process.env.DOCKER_HOST;
        if (env && !env.startsWith('unix://') && !env.startsWith('npipe://'))
            return connectDocker(env);
        return { docker: new (docker_default())(), publishedHost: '127.0.0.1' };
    }
    if (value.startsWith('unix://'))
        return { docker: new (docker_default())({ socketPath: value.slice('unix://'.length) }), publishedHost: '127.0.0.1' };
    if (value.startsWith('npipe://'))
        return { docker: new (docker_default())({ socketPath: value.slice('npipe://'.length) }), publishedHost: '127.0.0.1' };
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* UserError */.yo(`docker-host '${value}' is not a URL; expected unix:///path, tcp://host:port or ssh://user@host`);
    }
    if (url.protocol === 'tcp:' || url.protocol === 'http:' || url.protocol === 'https:') {
        const port = url.port || '2375';
        const tls = url.protocol === 'https:' || port === '2376' || process.env.DOCKER_TLS_VERIFY === '1';
        return {
            docker: new (docker_default())({ host: url.hostname, port, protocol: tls ? 'https' : 'http' }),
            publishedHost: url.hostname,
        };
    }
    if (url.protocol === 'ssh:') {
        return {
            docker: new (docker_default())({
                protocol: 'ssh',
                host: url.hostname,
                port: url.port || 22,
                username: decodeURIComponent(url.username) || undefined,
                sshOptions: { agent: process.env.SSH_AUTH_SOCK },
            }),
            publishedHost: url.hostname,
        };
    }
    throw new src/* UserError */.yo(`docker-host '${value}' has an unsupported scheme '${url.protocol}'; expected unix://, tcp:// or ssh://`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./packages/docker/src/context.ts
/**
 * Build contexts as deterministic, uncompressed tar streams.
 *
 * Entries are sorted, owned by 0:0 and dated at the epoch, so the same files always give the same archive: the
 * engine's layer cache then depends on content alone and a model-only change re-runs only the model's COPY.
 * Uncompressed because the engine is usually on the same host: gzip of a ~50 MB runtime costs more than it saves.
 * `.dockerignore` in the context root is honoured (simple patterns: names, `dir/`, `*.ext`, `!` negation).
 */





async function listContextFiles(contextDir) {
    const ignore = await readDockerignore(contextDir);
    const files = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(contextDir, relative), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = relative ? external_node_path_.posix.join(relative, entry.name) : entry.name;
            if (ignore(path))
                continue;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push(path);
        }
    };
    await walk('');
    return files;
}
/** A tar stream of the context directory (files only; directories are implied by their paths). */
function packContext(contextDir, files) {
    const pack = tar_stream.pack();
    (async () => {
        for (const file of files) {
            const info = await (0,promises_.stat)((0,external_node_path_.join)(contextDir, file));
            const entry = pack.entry({ name: file, size: info.size, mode: info.mode & 0o777, mtime: new Date(0), uid: 0, gid: 0 });
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)((0,external_node_path_.join)(contextDir, file)), entry);
        }
        pack.finalize();
    })().catch((error) => pack.destroy(error));
    return pack;
}
async function readDockerignore(contextDir) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(contextDir, '.dockerignore'), 'utf8');
    }
    catch {
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
        for (const rule of rules)
            if (rule.regex.test(path))
                ignored = !rule.negate;
        return ignored && path !== 'Dockerfile' && path !== '.dockerignore';
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/stream.ts
/** Raised for an error line in an engine stream; `message` is the daemon's own. */
class EngineStreamError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EngineStreamError';
    }
}
/** Reads every event; calls `onEvent` for each; rejects with the first error line after the stream ends. */
function followJsonStream(stream, onEvent) {
    return new Promise((resolve, reject) => {
        const events = [];
        let buffered = '';
        let failure;
        const handle = (line) => {
            if (line.trim() === '')
                return;
            let event;
            try {
                event = JSON.parse(line);
            }
            catch {
                event = { stream: line + '\n' };
            }
            events.push(event);
            if (event.errorDetail || event.error)
                failure ??= event.errorDetail?.message || event.error || 'unknown engine error';
            onEvent(event);
        };
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            buffered += chunk;
            let newline;
            while ((newline = buffered.indexOf('\n')) >= 0) {
                handle(buffered.slice(0, newline));
                buffered = buffered.slice(newline + 1);
            }
        });
        stream.on('error', reject);
        stream.on('end', () => {
            handle(buffered);
            if (failure !== undefined)
                reject(new EngineStreamError(failure.trim()));
            else
                resolve(events);
        });
    });
}
/**
 * Turns engine events into readable log lines: build output as it comes (line by line), layer statuses once per
 * change of status (not every progress tick).
 */
function progressPrinter(log) {
    const lastStatus = new Map();
    let partial = '';
    return (event) => {
        if (event.stream !== undefined) {
            partial += event.stream;
            const lines = partial.split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                if (line.trim() !== '')
                    log(line.replace(/\s+$/, ''));
        }
        else if (event.error || event.errorDetail) {
            log(`error: ${event.errorDetail?.message ?? event.error}`);
        }
        else if (event.status !== undefined) {
            const key = event.id ?? '';
            if (lastStatus.get(key) === event.status)
                return;
            lastStatus.set(key, event.status);
            log(event.id ? `${event.id}: ${event.status}` : event.status);
        }
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/build.ts



async function buildImage(docker, options) {
    const started = performance.now();
    const log = options.log ?? (() => { });
    const dockerfile = options.dockerfile ?? 'Dockerfile';
    const files = await listContextFiles(options.contextDir);
    if (!files.includes(dockerfile)) {
        throw new src/* UserError */.yo(`Dockerfile '${dockerfile}' not found in the build context ${options.contextDir}`, { file: dockerfile });
    }
    let stream;
    try {
        stream = await docker.buildImage(packContext(options.contextDir, files), {
            dockerfile,
            t: options.tags,
            labels: options.labels ?? {},
            buildargs: options.buildArgs ?? {},
            platform: options.platform,
            pull: options.pull ? '1' : undefined,
            rm: true,
            forcerm: true,
        });
    }
    catch (error) {
        throw new src/* UserError */.yo(`docker build could not start: ${engineMessage(error)}`, { file: dockerfile }, { cause: error });
    }
    const print = progressPrinter(log);
    let steps = 0;
    let cachedSteps = 0;
    let imageId;
    const rebuiltSteps = [];
    let current;
    const closeStep = () => {
        if (current && !current.cached && steps > 1)
            rebuiltSteps.push(current.instruction);
    };
    try {
        await followJsonStream(stream, (event) => {
            print(event);
            const step = event.stream ? /^Step \d+\/\d+ : (.*)/.exec(event.stream) : null;
            if (step) {
                closeStep();
                steps++;
                current = { instruction: step[1].trim(), cached: false };
            }
            if (event.stream && event.stream.includes('Using cache')) {
                cachedSteps++;
                if (current)
                    current.cached = true;
            }
            if (event.aux?.ID)
                imageId = event.aux.ID;
        });
        closeStep();
    }
    catch (error) {
        if (error instanceof EngineStreamError) {
            throw new src/* UserError */.yo(`docker build failed: ${error.message}`, { file: dockerfile });
        }
        throw error;
    }
    if (!imageId) {
        // Engines before API 1.30 do not send aux.ID; the first tag then names the image.
        imageId = (await docker.getImage(options.tags[0]).inspect()).Id;
    }
    return { imageId, cachedSteps, steps, rebuiltSteps, durationMs: performance.now() - started };
}
/** The engine's own message from a dockerode error (its JSON body), else the error's message. */
function engineMessage(error) {
    const e = error;
    return (e?.json?.message ?? e?.message ?? String(error)).trim();
}

;// CONCATENATED MODULE: ./packages/docker/src/registry.ts
/**
 * Asking a registry (Distribution API v2) for a manifest's digest, to cross-check what the engine said it
 * pushed. Handles the two challenges registries send on 401: `Basic` (self-hosted registries with htpasswd) and
 * `Bearer realm=...,service=...,scope=...` (Docker Hub, GHCR, ECR's token flow): the token is fetched from the
 * realm with the same credentials. Loopback registries are spoken to over HTTP, like the engine does; others over
 * HTTPS. Reference: https://distribution.github.io/distribution/spec/api/ and .../spec/auth/token/
 */

const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
function registryBaseUrl(registry) {
    const host = registry.replace(/:\d+$/, '');
    const insecure = host === 'localhost' || /^127\./.test(host) || host === '[::1]';
    return `${insecure ? 'http' : 'https'}://${registry === 'docker.io' ? 'registry-1.docker.io' : registry}`;
}
/** The `Docker-Content-Digest` of `path:reference` as the registry serves it. */
async function manifestDigest(registry, path, reference, credentials) {
    const url = `${registryBaseUrl(registry)}/v2/${path}/manifests/${reference}`;
    let response = await fetch(url, { method: 'HEAD', headers: { accept: MANIFEST_TYPES } });
    if (response.status === 401) {
        const authorization = await answerChallenge(response.headers.get('www-authenticate') ?? '', credentials, registry);
        response = await fetch(url, { method: 'HEAD', headers: { accept: MANIFEST_TYPES, authorization } });
    }
    if (response.status === 401 || response.status === 403) {
        throw new src/* UserError */.yo(`registry ${registry} refused to show ${path}:${reference} (HTTP ${response.status}); check registry-username and registry-password`);
    }
    if (!response.ok)
        throw new src/* UserError */.yo(`registry ${registry} has no manifest ${path}:${reference} (HTTP ${response.status})`);
    const digest = response.headers.get('docker-content-digest');
    if (!digest)
        throw new Error(`registry ${registry} sent no Docker-Content-Digest for ${path}:${reference}`);
    return digest;
}
async function answerChallenge(header, credentials, registry) {
    const basic = credentials ? 'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64') : undefined;
    if (/^basic/i.test(header)) {
        if (!basic)
            throw new src/* UserError */.yo(`registry ${registry} demands credentials; set registry-username and registry-password`);
        return basic;
    }
    if (/^bearer/i.test(header)) {
        const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        const tokenUrl = new URL(params.realm);
        if (params.service)
            tokenUrl.searchParams.set('service', params.service);
        if (params.scope)
            tokenUrl.searchParams.set('scope', params.scope);
        const answer = await fetch(tokenUrl, { headers: basic ? { authorization: basic } : {} });
        if (!answer.ok)
            throw new src/* UserError */.yo(`registry ${registry} refused a token (HTTP ${answer.status}); check registry-username and registry-password`);
        const body = (await answer.json());
        return `Bearer ${body.token ?? body.access_token}`;
    }
    throw new src/* UserError */.yo(`registry ${registry} asked for an unsupported authentication scheme: ${header || '(none)'}`);
}

;// CONCATENATED MODULE: ./packages/docker/src/reference.ts
/**
 * Image references `[registry/]repository[:tag][@digest]`, split the way the Docker CLI does (distribution's
 * reference grammar): the first path component is a registry when it contains '.' or ':' or is 'localhost'.
 */

const TAG = /^[\w][\w.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function parseImageReference(reference, what = 'image') {
    let rest = reference.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!/^sha256:[a-f0-9]{64}$/.test(digest))
            throw new src/* UserError */.yo(`${what} '${reference}' has a malformed digest '${digest}'; expected sha256:<64 hex digits>`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new src/* UserError */.yo(`${what} '${reference}' has an invalid tag '${tag}'; tags are up to 128 letters, digits, '_', '.', '-'`);
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
        throw new src/* UserError */.yo(`${what} '${reference}' is not a valid repository name; use lowercase letters, digits and separators, e.g. ghcr.io/org/model`);
    }
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    return { registry, path: parts.join('/'), repository: rest, tag, digest };
}

;// CONCATENATED MODULE: ./packages/docker/src/push.ts





async function pushImage(docker, options) {
    const log = options.log ?? (() => { });
    const ref = parseImageReference(options.repository, 'image');
    const authconfig = options.credentials
        ? { username: options.credentials.username, password: options.credentials.password, serveraddress: ref.registry }
        : undefined;
    let digest;
    let manifestSize;
    for (const tag of options.tags) {
        log(`pushing ${options.repository}:${tag}`);
        let stream;
        try {
            stream = (await docker.getImage(`${options.repository}:${tag}`).push({ tag, authconfig }));
        }
        catch (error) {
            throw new src/* UserError */.yo(`push of ${options.repository}:${tag} could not start: ${engineMessage(error)}`, undefined, { cause: error });
        }
        let tagDigest;
        const print = progressPrinter(log);
        try {
            await followJsonStream(stream, (event) => {
                print(event);
                if (event.aux?.Digest) {
                    tagDigest = event.aux.Digest;
                    manifestSize = event.aux.Size;
                }
            });
        }
        catch (error) {
            if (error instanceof EngineStreamError) {
                const hint = /unauthori[sz]ed|authentication required|denied|401/i.test(error.message)
                    ? ` (registry ${ref.registry} rejected the credentials; check registry-username and registry-password)`
                    : '';
                throw new src/* UserError */.yo(`push of ${options.repository}:${tag} failed: ${error.message}${hint}`);
            }
            throw error;
        }
        if (!tagDigest)
            throw new Error(`the engine reported no digest for ${options.repository}:${tag}`);
        if (digest && digest !== tagDigest)
            throw new Error(`tags of one image pushed with different digests: ${digest} and ${tagDigest}`);
        digest = tagDigest;
        const remote = await manifestDigest(ref.registry, ref.path, tag, options.credentials);
        if (remote !== tagDigest) {
            throw new Error(`registry ${ref.registry} serves ${remote} for ${options.repository}:${tag} but the engine pushed ${tagDigest}`);
        }
        log(`pushed ${options.repository}:${tag} as ${tagDigest} (registry agrees)`);
    }
    if (!digest)
        throw new src/* UserError */.yo('nothing to push: no tags given');
    return { digest, image: `${options.repository}@${digest}`, manifestSize };
}

;// CONCATENATED MODULE: ./packages/docker/src/run.ts
async function runContainer(docker, options) {
    const portKey = `${options.port}/tcp`;
    const container = await docker.createContainer({
        Image: options.image,
        name: options.name,
        Env: Object.entries({ PORT: String(options.port), ...options.env }).map(([k, v]) => `${k}=${v}`),
        ExposedPorts: { [portKey]: {} },
        HostConfig: { PortBindings: { [portKey]: [{ HostIp: options.publishedHost === '127.0.0.1' || !options.publishedHost ? '127.0.0.1' : '', HostPort: '' }] } },
    });
    const remove = async () => {
        try {
            await container.remove({ force: true, v: true });
        }
        catch (error) {
            if (error.statusCode !== 404)
                throw error;
        }
    };
    try {
        await container.start();
        const info = await container.inspect();
        const binding = info.NetworkSettings.Ports?.[portKey]?.[0];
        if (!binding)
            throw new Error(`the engine published no port for ${portKey}`);
        return {
            container,
            url: `http://${options.publishedHost ?? '127.0.0.1'}:${binding.HostPort}`,
            logs: (tail = 40) => containerLogs(container, tail),
            async state() {
                const s = (await container.inspect()).State;
                return { running: s.Running, exitCode: s.ExitCode };
            },
            remove,
        };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
async function containerLogs(container, tail) {
    const raw = (await container.logs({ stdout: true, stderr: true, tail, follow: false }));
    // Without a TTY the log is multiplexed: 8-byte frame headers (stream, 0, 0, 0, size as uint32 BE).
    const chunks = [];
    let offset = 0;
    while (offset + 8 <= raw.length) {
        const size = raw.readUInt32BE(offset + 4);
        chunks.push(raw.subarray(offset + 8, offset + 8 + size));
        offset += 8 + size;
    }
    return Buffer.concat(chunks).toString('utf8').trimEnd();
}

;// CONCATENATED MODULE: ./packages/docker/src/smoke.ts


async function smokeTest(docker, options) {
    const log = options.log ?? (() => { });
    const timeoutMs = options.timeoutMs ?? 60_000;
    const started = performance.now();
    const run = await runContainer(docker, { image: options.image, port: options.port ?? 8080, publishedHost: options.publishedHost });
    const fail = async (what) => {
        const logs = await run.logs(30).catch(() => '(logs unavailable)');
        throw new src/* UserError */.yo(`smoke test of ${options.image} failed: ${what}\nlast container log lines:\n${logs || '(empty)'}`);
    };
    try {
        log(`smoke test: started ${run.container.id.slice(0, 12)}, waiting for ${run.url}/v2/health/ready`);
        for (;;) {
            if (performance.now() - started > timeoutMs)
                await fail(`not ready within ${Math.round(timeoutMs / 1000)} s`);
            const state = await run.state();
            if (!state.running)
                await fail(`the container exited with code ${state.exitCode} before it was ready`);
            const ready = await fetch(`${run.url}/v2/health/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0);
            if (ready === 200)
                break;
            await new Promise((r) => setTimeout(r, 200));
        }
        const readyAfterMs = performance.now() - started;
        if (options.sampleRequest === undefined) {
            log(`smoke test: ready after ${(readyAfterMs / 1000).toFixed(1)} s (no sample request: readiness only)`);
            return { readyAfterMs, inferMs: 0, response: undefined };
        }
        log(`smoke test: ready after ${(readyAfterMs / 1000).toFixed(1)} s; sending the sample request`);
        const t0 = performance.now();
        const response = await fetch(`${run.url}/v2/models/${encodeURIComponent(options.modelName)}/infer`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(options.sampleRequest),
            signal: AbortSignal.timeout(Math.round(Math.max(5000, timeoutMs - (performance.now() - started)))),
        }).catch((error) => fail(`the infer request failed: ${error.message}`));
        const text = await response.text();
        const inferMs = performance.now() - t0;
        if (response.status !== 200)
            await fail(`infer answered HTTP ${response.status}: ${text.slice(0, 500)}`);
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            return await fail(`infer answered something that is not JSON: ${text.slice(0, 200)}`);
        }
        const problem = inferResponseProblem(body, options.modelName);
        if (problem)
            await fail(`the infer response ${problem}`);
        log(`smoke test: passed (${body.outputs.map((o) => `${o.name} ${o.datatype}[${o.shape.join(',')}]`).join(', ')})`);
        return { readyAfterMs, inferMs, response: body };
    }
    finally {
        await run.remove();
    }
}
/** What is wrong with an OIP infer response, or undefined when its shape is right. */
function inferResponseProblem(body, modelName) {
    const b = body;
    if (typeof b !== 'object' || b === null)
        return 'is not a JSON object';
    if (b.model_name !== modelName)
        return `names model '${String(b.model_name)}', expected '${modelName}'`;
    if (!Array.isArray(b.outputs) || b.outputs.length === 0)
        return 'has no outputs';
    for (const [i, o] of b.outputs.entries()) {
        if (typeof o?.name !== 'string' || typeof o.datatype !== 'string')
            return `output ${i} lacks a name or datatype`;
        if (!Array.isArray(o.shape) || !o.shape.every((d) => Number.isInteger(d) && d >= 0))
            return `output '${o.name}' has an invalid shape`;
        if (!Array.isArray(o.data))
            return `output '${o.name}' has no data array`;
        const size = o.shape.reduce((a, d) => a * d, 1);
        if (o.data.length !== size)
            return `output '${o.name}' has ${o.data.length} values for shape [${o.shape.join(', ')}] (expected ${size})`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/docker/src/dockerfile.ts
/** A LABEL argument: double-quoted with JSON escapes (the Dockerfile parser reads those), `$` escaped. */
function quote(text) {
    return JSON.stringify(text).replace(/\$/g, '\\$');
}
function onnxDockerfile(options) {
    const port = options.port ?? 8080;
    const probe = `fetch('http://127.0.0.1:'+(process.env.PORT||${port})+'/v2/health/ready')` +
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/docker/src/lineage.ts
/**
 * Where an image came from, as labels: the OCI annotations (https://github.com/opencontainers/image-spec/blob/main/annotations.md)
 * and mlci's lineage labels:
 *   io.mlci.model.sha256 / .format / .opset / .name   the model file packaged
 *   io.mlci.datasets   JSON {file: sha256} of the datasets earlier mlci steps read (their result files)
 *   io.mlci.metrics    JSON {metric: value} from a model-eval result file
 *   io.mlci.dvc        JSON {path: md5} of the data versions DVC records (dvc.lock outs and deps, *.dvc outs)
 * `created` is the commit time, not the build time, so rebuilding the same commit gives the same labels.
 */



async function lineageLabels(inputs) {
    const labels = {
        'org.opencontainers.image.title': inputs.title,
        'io.mlci.model.name': inputs.title,
        'io.mlci.model.sha256': inputs.modelSha256,
        'io.mlci.model.format': inputs.modelFormat,
    };
    if (inputs.revision)
        labels['org.opencontainers.image.revision'] = inputs.revision;
    if (inputs.source)
        labels['org.opencontainers.image.source'] = inputs.source;
    if (inputs.created)
        labels['org.opencontainers.image.created'] = inputs.created;
    if (inputs.version)
        labels['org.opencontainers.image.version'] = inputs.version;
    if (inputs.opset)
        labels['io.mlci.model.opset'] = String(inputs.opset);
    const datasets = {};
    const metrics = {};
    for (const file of inputs.resultFiles ?? []) {
        let envelope;
        try {
            envelope = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch {
            continue; // not a result file of ours
        }
        collectDatasets(envelope.payload, datasets);
        const m = envelope.payload?.metrics;
        if (envelope.action === 'model-eval' && m && typeof m === 'object') {
            for (const [k, v] of Object.entries(m))
                if (typeof v === 'number' && Number.isFinite(v))
                    metrics[k] = v;
        }
    }
    if (Object.keys(datasets).length > 0)
        labels['io.mlci.datasets'] = JSON.stringify(datasets);
    if (Object.keys(metrics).length > 0)
        labels['io.mlci.metrics'] = JSON.stringify(metrics);
    if (inputs.repositoryDir) {
        const dvc = await dvcDataVersions(inputs.repositoryDir);
        if (Object.keys(dvc).length > 0)
            labels['io.mlci.dvc'] = JSON.stringify(dvc);
    }
    return labels;
}
/** Every {file, sha256} object anywhere in a payload. */
function collectDatasets(value, into) {
    if (Array.isArray(value))
        for (const v of value)
            collectDatasets(v, into);
    else if (value && typeof value === 'object') {
        const o = value;
        if (typeof o.file === 'string' && typeof o.sha256 === 'string' && /^[0-9a-f]{64}$/.test(o.sha256))
            into[o.file] = o.sha256;
        for (const v of Object.values(o))
            if (v && typeof v === 'object')
                collectDatasets(v, into);
    }
}
/**
 * Data versions DVC records: `dvc.lock` (schema 2.0: stages.<name>.deps/outs[].{path, md5|hash}) and `*.dvc`
 * files (outs[].{path, md5}) at most three directories deep, skipping node_modules and dot-directories.
 */
async function dvcDataVersions(repositoryDir) {
    const versions = {};
    const record = (base, entries) => {
        if (!Array.isArray(entries))
            return;
        for (const e of entries) {
            const hash = e?.md5 ?? e?.hash ?? e?.etag;
            if (typeof e?.path === 'string' && typeof hash === 'string')
                versions[(0,external_node_path_.join)(base, e.path)] = hash;
        }
    };
    const visit = async (dir, depth) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (depth < 3 && !entry.name.startsWith('.') && entry.name !== 'node_modules')
                    await visit(full, depth + 1);
                continue;
            }
            const base = (0,external_node_path_.relative)(repositoryDir, dir);
            if (entry.name === 'dvc.lock') {
                const lock = (0,dist/* parse */.qg)(await (0,promises_.readFile)(full, 'utf8'));
                for (const stage of Object.values(lock?.stages ?? {})) {
                    record(base, stage?.deps);
                    record(base, stage?.outs);
                }
            }
            else if (entry.name.endsWith('.dvc')) {
                const dvc = (0,dist/* parse */.qg)(await (0,promises_.readFile)(full, 'utf8'));
                record(base, dvc?.outs);
            }
        }
    };
    await visit(repositoryDir, 0);
    return versions;
}

;// CONCATENATED MODULE: ./packages/docker/src/onnx-graph.ts
// TensorProto.DataType -> OIP datatype.
const ELEM_TYPES = {
    1: 'FP32', 2: 'UINT8', 3: 'INT8', 4: 'UINT16', 5: 'INT16', 6: 'INT32', 7: 'INT64', 8: 'BYTES', 9: 'BOOL',
    10: 'FP16', 11: 'FP64', 12: 'UINT32', 13: 'UINT64',
};
function* fields(bytes) {
    let pos = 0;
    const varint = () => {
        let result = 0;
        let shift = 0;
        for (;;) {
            if (pos >= bytes.length)
                throw new Error('truncated varint');
            const b = bytes[pos++];
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
            shift += 7;
            if (shift > 63)
                throw new Error('varint too long');
        }
    };
    while (pos < bytes.length) {
        const key = varint();
        const number = Math.floor(key / 8);
        const wire = key & 7;
        if (number === 0)
            throw new Error('field number 0');
        if (wire === 0)
            yield { number, wire, value: varint() };
        else if (wire === 1) {
            pos += 8;
            if (pos > bytes.length)
                throw new Error('truncated fixed64');
        }
        else if (wire === 5) {
            pos += 4;
            if (pos > bytes.length)
                throw new Error('truncated fixed32');
        }
        else if (wire === 2) {
            const length = varint();
            if (pos + length > bytes.length)
                throw new Error('truncated length-delimited field');
            yield { number, wire, value: bytes.subarray(pos, pos + length) };
            pos += length;
        }
        else
            throw new Error(`unsupported wire type ${wire}`);
    }
}
const onnx_graph_text = (v) => new TextDecoder().decode(v);
function valueInfo(bytes) {
    let name = '';
    let datatype = 'UNKNOWN';
    let shape = [];
    for (const f of fields(bytes)) {
        if (f.number === 1 && f.wire === 2)
            name = onnx_graph_text(f.value);
        if (f.number === 2 && f.wire === 2) {
            for (const t of fields(f.value)) {
                if (t.number !== 1 || t.wire !== 2)
                    continue; // tensor_type only
                for (const tt of fields(t.value)) {
                    if (tt.number === 1 && tt.wire === 0)
                        datatype = ELEM_TYPES[tt.value] ?? `TYPE${tt.value}`;
                    if (tt.number === 2 && tt.wire === 2) {
                        shape = [];
                        for (const d of fields(tt.value)) {
                            if (d.number !== 1 || d.wire !== 2)
                                continue;
                            let dim = -1;
                            for (const dv of fields(d.value))
                                if (dv.number === 1 && dv.wire === 0)
                                    dim = dv.value;
                            shape.push(dim);
                        }
                    }
                }
            }
        }
    }
    return { name, datatype, shape };
}
/** Throws an Error (caller words it for the user) when the bytes are not an ONNX ModelProto with a graph. */
function readOnnxModelInfo(bytes) {
    let irVersion = 0;
    let opset = 0;
    let producer = '';
    let graph;
    for (const f of fields(bytes)) {
        if (f.number === 1 && f.wire === 0)
            irVersion = f.value;
        else if (f.number === 2 && f.wire === 2)
            producer = onnx_graph_text(f.value) + producer;
        else if (f.number === 3 && f.wire === 2)
            producer += ` ${onnx_graph_text(f.value)}`;
        else if (f.number === 7 && f.wire === 2)
            graph = f.value;
        else if (f.number === 8 && f.wire === 2) {
            let domain = '';
            let version = 0;
            for (const o of fields(f.value)) {
                if (o.number === 1 && o.wire === 2)
                    domain = onnx_graph_text(o.value);
                if (o.number === 2 && o.wire === 0)
                    version = o.value;
            }
            if (domain === '' || domain === 'ai.onnx')
                opset = version;
        }
    }
    if (!graph || irVersion === 0)
        throw new Error('no ONNX graph found (not a ModelProto)');
    const initializers = new Set();
    const inputs = [];
    const outputs = [];
    for (const f of fields(graph)) {
        if (f.number === 5 && f.wire === 2)
            for (const t of fields(f.value))
                if (t.number === 8 && t.wire === 2)
                    initializers.add(onnx_graph_text(t.value));
        if (f.number === 11 && f.wire === 2)
            inputs.push(valueInfo(f.value));
        if (f.number === 12 && f.wire === 2)
            outputs.push(valueInfo(f.value));
    }
    return { irVersion, opset, producer: producer.trim(), inputs: inputs.filter((i) => !initializers.has(i.name)), outputs };
}
/**
 * An OIP infer request for one row: dynamic dims become 1; values 0.5 for floats, 1 for integers, true for BOOL,
 * "a" for BYTES — valid for any model, meaningful for none, which is all a smoke test needs.
 */
function sampleInferRequest(info) {
    return {
        inputs: info.inputs.map((input) => {
            const shape = input.shape.map((d) => (d < 0 ? 1 : d));
            const size = shape.reduce((a, d) => a * d, 1);
            const value = input.datatype.startsWith('FP') ? 0.5 : input.datatype === 'BOOL' ? true : input.datatype === 'BYTES' ? 'a' : 1;
            return { name: input.name, datatype: input.datatype, shape, data: new Array(size).fill(value) };
        }),
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/package-model.ts
/**
 * Packaging a model as a served container image: prepare the build context, build, smoke-test, push.
 *
 * `onnx` flavor: the context is generated (see dockerfile.ts): `runtime/node_modules/onnxruntime-{node,common}`
 * with only the target platform's native files, `server/` (the ncc bundle of @mlci/serve), `model/model.onnx`.
 * `dockerfile` flavor: the user's context and Dockerfile, built as they are.
 * Either way the image is labelled with its lineage, smoke-tested before anything is pushed, and pushed only when
 * asked; a failure at any step throws and nothing later happens.
 */












async function packageModel(options) {
    const log = options.log ?? (() => { });
    if (options.tags.length === 0)
        throw new src/* UserError */.yo('no image tags: give at least one in tags');
    let model;
    let sampleRequest = options.sampleRequest;
    if (options.model) {
        const bytes = await (0,promises_.readFile)(options.model).catch((error) => {
            throw new src/* UserError */.yo(`model file ${options.model} cannot be read: ${error.message}`, { file: options.model });
        });
        let info;
        try {
            info = readOnnxModelInfo(bytes);
        }
        catch (error) {
            // The server is the authority on whether a model loads; the smoke test will show its verdict.
            log(`warning: ${options.model} could not be read as ONNX (${error.message}); the smoke test will decide`);
        }
        model = { file: options.model, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), format: 'onnx', info };
        if (sampleRequest === undefined && info)
            sampleRequest = sampleInferRequest(info);
    }
    else if (options.flavor === 'onnx') {
        throw new src/* UserError */.yo("the onnx flavor needs a 'model' file");
    }
    const labels = {
        ...(model ? await lineageLabels({ ...options.lineage, title: options.modelName, modelSha256: model.sha256, modelFormat: model.format, opset: model.info?.opset }) : {}),
        ...(model ? {} : { 'org.opencontainers.image.title': options.modelName }),
        ...options.labels,
    };
    const references = options.tags.map((t) => `${options.repository}:${t}`);
    let contextDir = options.contextDir;
    let cleanup;
    if (options.flavor === 'onnx') {
        const platform = await enginePlatform(options.docker);
        contextDir = cleanup = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-image-'));
        await prepareOnnxContext(contextDir, { ...options, model: options.model, platform, labels });
    }
    else if (!contextDir) {
        throw new src/* UserError */.yo("the dockerfile flavor needs 'context' (and 'dockerfile' when it is not <context>/Dockerfile)");
    }
    let build;
    try {
        log(`building ${references.join(', ')}`);
        build = await buildImage(options.docker, {
            contextDir: contextDir,
            dockerfile: options.flavor === 'onnx' ? 'Dockerfile' : options.dockerfile,
            tags: references,
            labels: options.flavor === 'onnx' ? {} : labels,
            buildArgs: options.buildArgs,
            log,
        });
    }
    finally {
        if (cleanup)
            await (0,promises_.rm)(cleanup, { recursive: true, force: true });
    }
    log(`built ${build.imageId.slice(7, 19)} in ${(build.durationMs / 1000).toFixed(1)} s (${build.cachedSteps} of ${build.steps} steps from cache)`);
    const inspected = await options.docker.getImage(build.imageId).inspect();
    let smoke;
    if (options.smokeTest !== false) {
        const result = await smokeTest(options.docker, {
            image: build.imageId,
            modelName: options.modelName,
            sampleRequest,
            timeoutMs: options.smokeTimeoutMs ?? 60_000,
            publishedHost: options.publishedHost,
            log,
        });
        smoke = { readyAfterMs: result.readyAfterMs, inferMs: result.inferMs, outputs: result.response?.outputs.map((o) => `${o.name} ${o.datatype}[${o.shape.join(',')}]`) ?? [] };
    }
    let digest;
    let image = references[0];
    if (options.push) {
        const pushed = await pushImage(options.docker, { repository: options.repository, tags: options.tags, credentials: options.credentials, log });
        digest = pushed.digest;
        image = pushed.image;
    }
    return { imageId: build.imageId, image, digest, tags: options.tags, sizeBytes: inspected.Size, pushed: Boolean(options.push), build, smoke, labels, model };
}
/** `linux/<arch>` of the engine, in Node's arch names (x64, arm64), so the natives match the image. */
async function enginePlatform(docker) {
    const info = (await docker.info());
    const arch = { x86_64: 'x64', amd64: 'x64', aarch64: 'arm64', arm64: 'arm64' }[info.Architecture ?? ''];
    if (!arch || info.OSType !== 'linux')
        throw new src/* UserError */.yo(`the Docker engine runs ${info.OSType}/${info.Architecture}; the onnx flavor supports linux on x86_64 and aarch64`);
    return { os: 'linux', arch };
}
async function prepareOnnxContext(dir, o) {
    if (!o.serverBundle || !(0,external_node_fs_.existsSync)(o.serverBundle))
        throw new Error(`the server bundle ${o.serverBundle ?? '(not given)'} is missing; build it with 'npm run bundle -- serve'`);
    const runtime = o.runtimeDir;
    if (!runtime || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(runtime, 'package.json'))) {
        throw new src/* UserError */.yo(`onnxruntime-node was not found${runtime ? ` at ${runtime}` : ''}; run 'npm install onnxruntime-node' in the workspace or set 'onnxruntime-dir'`);
    }
    const natives = (0,external_node_path_.join)(runtime, 'bin', 'napi-v6', o.platform.os, o.platform.arch);
    if (!(0,external_node_fs_.existsSync)(natives))
        throw new src/* UserError */.yo(`onnxruntime-node at ${runtime} has no native files for ${o.platform.os}/${o.platform.arch} (${natives})`);
    const common = [(0,external_node_path_.join)(runtime, 'node_modules', 'onnxruntime-common'), (0,external_node_path_.join)((0,external_node_path_.dirname)(runtime), 'onnxruntime-common')].find((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'package.json')));
    if (!common)
        throw new src/* UserError */.yo(`onnxruntime-common (a dependency of onnxruntime-node) was not found beside ${runtime}`);
    const modules = (0,external_node_path_.join)(dir, 'runtime', 'node_modules');
    await copyTree(runtime, (0,external_node_path_.join)(modules, 'onnxruntime-node'), (rel) => rel === 'package.json' || (rel.startsWith('dist/') && rel.endsWith('.js')));
    await copyTree(natives, (0,external_node_path_.join)(modules, 'onnxruntime-node', 'bin', 'napi-v6', o.platform.os, o.platform.arch), () => true);
    await copyTree(common, (0,external_node_path_.join)(modules, 'onnxruntime-common'), (rel) => rel === 'package.json' || (rel.startsWith('dist/') && /\.(m?js|json)$/.test(rel)));
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'server'), { recursive: true });
    await (0,promises_.copyFile)(o.serverBundle, (0,external_node_path_.join)(dir, 'server', 'index.js'));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'server', 'package.json'), '{"type":"module"}\n');
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'model'), { recursive: true });
    await (0,promises_.copyFile)(o.model, (0,external_node_path_.join)(dir, 'model', 'model.onnx'));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'Dockerfile'), onnxDockerfile({ baseImage: o.baseImage, modelName: o.modelName, labels: o.labels }));
}
async function copyTree(from, to, keep, prefix = '') {
    for (const entry of await (0,promises_.readdir)((0,external_node_path_.join)(from, prefix), { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (rel !== 'node_modules')
                await copyTree(from, to, keep, rel);
        }
        else if (keep(rel)) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(to, rel)), { recursive: true });
            await (0,promises_.copyFile)((0,external_node_path_.join)(from, rel), (0,external_node_path_.join)(to, rel));
        }
    }
}

;// CONCATENATED MODULE: ./packages/docker/src/index.ts















/***/ })

};
