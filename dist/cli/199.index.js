export const id = 199;
export const ids = [199,659];
export const modules = {

/***/ 26199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./packages/docker/src/cjs-globals.ts
var cjs_globals = __webpack_require__(64525);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 5 modules
var src = __webpack_require__(6570);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 2 modules
var github_src = __webpack_require__(17659);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/docker/src/index.ts + 13 modules
var docker_src = __webpack_require__(45011);
;// CONCATENATED MODULE: ./packages/deploy/src/docker-connection.ts


/** The engine named by `docker-host` (forms and errors as @mlci/docker's connectDocker). */
function connectDocker(dockerHost) {
    const { docker, publishedHost } = (0,docker_src/* connectDocker */.Z8)(dockerHost);
    return { docker, publishHost: publishedHost };
}
/** Image ID (content digest) of `image`, pulling it when the engine does not have it. */
async function resolveImage(docker, image) {
    const inspect = async () => {
        const info = await docker.getImage(image).inspect();
        return { id: info.Id, repoDigest: info.RepoDigests?.[0] };
    };
    try {
        return await inspect();
    }
    catch (error) {
        if (error.statusCode !== 404)
            throw error;
    }
    try {
        const stream = await docker.pull(image);
        await new Promise((resolve, reject) => docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve())));
    }
    catch (error) {
        throw new src/* UserError */.yo(`image '${image}' is not on the Docker engine and could not be pulled: ${error.message}`);
    }
    return inspect();
}
/**
 * The last `lines` lines a container wrote (stdout and stderr interleaved), for failure reports. The engine
 * stores a line a little after the container wrote it (the shim copies the pipe to the log driver), so the
 * tail is read until two reads 100 ms apart agree (at most 1 s): a failure report asked for right after the
 * failing answer would otherwise miss the line that explains it.
 */
async function lastLogLines(docker, containerId, lines = 30) {
    const read = async () => {
        const raw = (await docker.getContainer(containerId).logs({ stdout: true, stderr: true, tail: lines, follow: false }));
        return demultiplex(raw);
    };
    try {
        let text = await read();
        for (let attempt = 0; attempt < 10; attempt++) {
            await sleep(100);
            const again = await read();
            if (again === text)
                break;
            text = again;
        }
        return text.split('\n').filter((l) => l.length > 0).slice(-lines);
    }
    catch {
        return [];
    }
}
/**
 * Docker multiplexes stdout/stderr of non-TTY containers into frames: 1 byte stream, 3 zero bytes, a 4-byte
 * big-endian payload length, then the payload (Engine API, "Attach to a container", stream format).
 */
function demultiplex(raw) {
    const parts = [];
    let offset = 0;
    while (offset + 8 <= raw.length && raw[offset + 1] === 0 && raw[offset] <= 2) {
        const size = raw.readUInt32BE(offset + 4);
        parts.push(raw.subarray(offset + 8, offset + 8 + size));
        offset += 8 + size;
    }
    if (offset === 0)
        return raw.toString('utf8');
    return Buffer.concat(parts).toString('utf8');
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function statusCode(error) {
    return error?.statusCode;
}

;// CONCATENATED MODULE: ./packages/deploy/src/lock.ts


function lockName(service) {
    return `mlci-${service}-lock`;
}
async function acquireLock(docker, service, options) {
    const name = lockName(service);
    const deadline = Date.now() + options.waitMs;
    for (;;) {
        try {
            const container = await docker.createContainer({
                name,
                Image: options.image,
                Cmd: ['true'],
                Labels: {
                    'mlci.service': service,
                    'mlci.role': 'lock',
                    'mlci.lock.owner': options.owner,
                    'mlci.lock.expires': String(Date.now() + options.leaseMs),
                },
            });
            return {
                async release() {
                    await container.remove({ force: true }).catch(() => undefined);
                },
            };
        }
        catch (error) {
            if (statusCode(error) !== 409)
                throw error;
        }
        const holder = await docker.getContainer(name).inspect().catch(() => null);
        if (holder) {
            const expires = Number(holder.Config.Labels?.['mlci.lock.expires'] ?? 0);
            if (expires < Date.now()) {
                // The holder is gone (its lease ran out): break the lock. Removing by ID, not name, so that a lock a
                // third deploy took in between is not removed by mistake.
                await docker.getContainer(holder.Id).remove({ force: true }).catch(() => undefined);
                continue;
            }
            if (Date.now() >= deadline) {
                throw new src/* UserError */.yo(`another deploy of '${service}' holds the lock (${holder.Config.Labels?.['mlci.lock.owner'] ?? 'unknown'}` +
                    `, container ${name}) and did not finish within ${Math.round(options.waitMs / 1000)} s`);
            }
        }
        await sleep(250);
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/router-program.ts
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
async function routerProgram(config) {
    // process.getBuiltinModule, not import(): a bundler rewrites import() into its own loader, which would not exist
    // in the router container; this call survives bundling as written (Node >= 20.16).
    const http = process.getBuiltinModule('node:http');
    const fs = process.getBuiltinModule('node:fs');
    let generation = 0;
    let active = null;
    let previous = null;
    const makePool = (record) => ({
        record,
        agent: new http.Agent({ keepAlive: true, maxSockets: 256 }),
        next: 0,
        stats: { requests: 0, serverErrors: 0, connectErrors: 0, inFlight: 0 },
    });
    // The active record survives a restart of the router container (engine restart, crash: the restart policy
    // brings it back) in the container's own filesystem, so the service resumes without waiting for a deploy.
    const persist = () => {
        if (!config.stateFile)
            return;
        const temp = `${config.stateFile}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ generation, active: active?.record ?? null }));
        fs.renameSync(temp, config.stateFile);
    };
    if (config.stateFile && fs.existsSync(config.stateFile)) {
        const saved = JSON.parse(fs.readFileSync(config.stateFile, 'utf8'));
        generation = saved.generation;
        active = saved.active ? makePool(saved.active) : null;
    }
    const readBody = (req, limit) => new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
        });
        req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
        req.on('error', reject);
    });
    /** One upstream attempt; resolves false when the connection failed before any response (safe to retry). */
    const forward = (pool, req, res, body) => new Promise((resolve) => {
        const upstreams = pool.record.upstreams;
        const target = new URL(upstreams[pool.next++ % upstreams.length]);
        pool.stats.requests++;
        pool.stats.inFlight++;
        let settled = false;
        const done = (ok) => {
            if (settled)
                return;
            settled = true;
            pool.stats.inFlight--;
            resolve(ok);
        };
        const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: pool.agent }, (answer) => {
            if ((answer.statusCode ?? 502) >= 500)
                pool.stats.serverErrors++;
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            answer.on('end', () => done(true));
            answer.on('error', () => done(true));
        });
        upstream.setTimeout(config.upstreamTimeoutMs, () => upstream.destroy(new Error('upstream timeout')));
        upstream.on('error', () => {
            if (res.headersSent) {
                res.destroy();
                done(true);
            }
            else {
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
        if (await forward(first, req, res, body))
            return;
        // The connection failed before any response: retry once on the other live pool (the one being switched
        // away from or to), then once more on the same pool's next replica.
        const fallback = active !== first ? active : previous;
        if (fallback && (await forward(fallback, req, res, body)))
            return;
        if (first.record.upstreams.length > 1 && (await forward(first, req, res, body)))
            return;
        if (!res.headersSent)
            res.writeHead(502, { 'content-type': 'application/json' });
        res.end('{"error":"no upstream answered"}');
    });
    proxy.keepAliveTimeout = 65_000;
    const json = (res, status, value) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    const snapshot = () => ({
        generation,
        active: active?.record ?? null,
        previous: previous?.record ?? null,
        stats: { active: active?.stats ?? null, previous: previous?.stats ?? null },
    });
    const probe = (spec) => new Promise((resolve) => {
        const started = performance.now();
        const target = new URL(spec.path, spec.upstream);
        const request = http.request(target, { method: spec.method, headers: spec.body ? { 'content-type': 'application/json' } : {} }, (answer) => {
            const chunks = [];
            answer.on('data', (c) => chunks.push(c));
            answer.on('end', () => resolve({
                status: answer.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8').slice(0, 65_536),
                ms: performance.now() - started,
            }));
        });
        request.setTimeout(spec.timeoutMs, () => request.destroy(new Error(`no answer within ${spec.timeoutMs} ms`)));
        request.on('error', (error) => resolve({ status: 0, body: '', ms: performance.now() - started, error: error.message }));
        request.end(spec.body);
    });
    const admin = http.createServer(async (req, res) => {
        if (req.headers.authorization !== `Bearer ${config.token}`)
            return json(res, 401, { error: 'bad token' });
        const raw = await readBody(req, 16 * 1024 * 1024);
        let input;
        try {
            input = raw && raw.length ? JSON.parse(raw.toString('utf8')) : {};
        }
        catch {
            return json(res, 400, { error: 'body is not JSON' });
        }
        if (req.method === 'GET' && req.url === '/state')
            return json(res, 200, snapshot());
        if (req.method === 'POST' && req.url === '/probe')
            return json(res, 200, await probe(input));
        if (req.method === 'POST' && req.url === '/switch') {
            // Compare-and-set on the generation: two deploys that read the same state cannot both win.
            if (input.expectGeneration !== generation)
                return json(res, 409, snapshot());
            const record = input.record;
            // Switching back to the pool we just left (a rollback) keeps its connections and counters.
            const reuse = previous && previous.record.containers.join() === record.containers.join() ? previous : null;
            if (previous && previous !== reuse)
                previous.agent.destroy();
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
function routerScript() {
    return `(${routerProgram.toString()})(JSON.parse(process.env.MLCI_ROUTER_CONFIG)).catch((e) => {` +
        ` console.error(e); process.exit(1); });`;
}

;// CONCATENATED MODULE: ./packages/deploy/src/router.ts
/**
 * The router container's lifecycle (create once per service, then keep) and a client for its admin API.
 * See router-program.ts for what runs inside.
 */




const LISTEN_PORT = 8080;
const ADMIN_PORT = 9000;
class RouterClient {
    adminUrl;
    #token;
    constructor(adminUrl, token) {
        this.adminUrl = adminUrl;
        this.#token = token;
    }
    async #call(method, path, body) {
        const response = await fetch(new URL(path, this.adminUrl), {
            method,
            headers: { authorization: `Bearer ${this.#token}`, 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(120_000),
        });
        return { status: response.status, value: await response.json() };
    }
    async state() {
        return (await this.#call('GET', '/state')).value;
    }
    async probe(upstream, method, path, body, timeoutMs) {
        return (await this.#call('POST', '/probe', { upstream, method, path, body, timeoutMs })).value;
    }
    /** Compare-and-set: returns null when another deploy moved the generation first. */
    async switchTo(record, expectGeneration) {
        const answer = await this.#call('POST', '/switch', { record, expectGeneration });
        return answer.status === 409 ? null : answer.value;
    }
    async drain(timeoutMs) {
        return (await this.#call('POST', '/drain', { timeoutMs })).value;
    }
}
function routerName(service) {
    return `mlci-${service}-router`;
}
/** The router of `service`, created and started if missing; waits until its admin API answers. */
async function ensureRouter(docker, spec) {
    const name = routerName(spec.service);
    let info = await docker.getContainer(name).inspect().catch((e) => (statusCode(e) === 404 ? null : Promise.reject(e)));
    if (!info) {
        const config = {
            listenPort: LISTEN_PORT,
            adminPort: ADMIN_PORT,
            token: (0,external_node_crypto_.randomBytes)(24).toString('hex'),
            upstreamTimeoutMs: 60_000,
            maxBodyBytes: 64 * 1024 * 1024,
            stateFile: '/tmp/mlci-router-state.json',
        };
        try {
            const container = await docker.createContainer({
                name,
                Image: spec.image,
                Cmd: ['node', '-e', routerScript()],
                Env: [`MLCI_ROUTER_CONFIG=${JSON.stringify(config)}`],
                Labels: { 'mlci.service': spec.service, 'mlci.role': 'router' },
                ExposedPorts: { [`${LISTEN_PORT}/tcp`]: {}, [`${ADMIN_PORT}/tcp`]: {} },
                HostConfig: {
                    NetworkMode: spec.network,
                    RestartPolicy: { Name: 'unless-stopped' },
                    PortBindings: {
                        [`${LISTEN_PORT}/tcp`]: [{ HostIp: spec.bindAddress, HostPort: String(spec.port) }],
                        [`${ADMIN_PORT}/tcp`]: [{ HostIp: '127.0.0.1', HostPort: '' }],
                    },
                },
            });
            await container.start();
        }
        catch (error) {
            // 409: a concurrent first deploy created it a moment ago; use theirs.
            if (statusCode(error) !== 409) {
                throw new src/* UserError */.yo(`could not start the router for '${spec.service}' on port ${spec.port}: ${error.message}`);
            }
        }
        info = await docker.getContainer(name).inspect();
    }
    if (!info.State.Running) {
        await docker.getContainer(name).start().catch((e) => (statusCode(e) === 304 ? undefined : Promise.reject(e)));
        info = await docker.getContainer(name).inspect();
    }
    const bound = info.HostConfig.PortBindings?.[`${LISTEN_PORT}/tcp`]?.[0]?.HostPort;
    if (bound !== String(spec.port)) {
        throw new src/* UserError */.yo(`service '${spec.service}' is published on port ${bound}, not ${spec.port}; changing the ` +
            `port would interrupt it. Remove container ${name} first if that is intended.`);
    }
    const adminPort = info.NetworkSettings.Ports?.[`${ADMIN_PORT}/tcp`]?.[0]?.HostPort;
    const env = info.Config.Env.find((e) => e.startsWith('MLCI_ROUTER_CONFIG='));
    if (!adminPort || !env)
        throw new Error(`router ${name} has no admin port or config`);
    const { token } = JSON.parse(env.slice('MLCI_ROUTER_CONFIG='.length));
    const client = new RouterClient(`http://${spec.publishHost}:${adminPort}`, token);
    const deadline = Date.now() + 20_000;
    for (;;) {
        try {
            await client.state();
            return client;
        }
        catch (error) {
            if (Date.now() > deadline)
                throw new Error(`router ${name} admin API did not answer`, { cause: error });
            await sleep(100);
        }
    }
}
/** The user-defined bridge network the router and the model containers share (Docker DNS by name). */
async function ensureNetwork(docker, name, service) {
    const existing = await docker.listNetworks({ filters: { name: [name] } });
    if (existing.some((n) => n.Name === name))
        return;
    try {
        await docker.createNetwork({ Name: name, Driver: 'bridge', CheckDuplicate: true, Labels: { 'mlci.service': service } });
    }
    catch (error) {
        if (statusCode(error) !== 409)
            throw error;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/deploy/src/smoke.ts
/**
 * The smoke request: one real inference a new version must answer before it takes traffic.
 *
 * Open Inference Protocol (KServe v2, https://kserve.github.io/website/latest/modelserving/data_plane/v2_protocol/):
 *   GET  /v2/models/{model}        -> { name, inputs: [{ name, datatype, shape }], outputs: [...] }
 *   POST /v2/models/{model}/infer  <- { inputs: [{ name, datatype, shape, data }] } -> { outputs: [...] }
 * When the user gives no request file, one is generated from the model metadata: every input gets its declared
 * shape (dynamic dimensions, -1, become 1) filled with zeros ("" for BYTES, false for BOOL).
 */


/** Reads a request file: an OIP infer body; an extra top-level "model" names the model (and is removed). */
async function readSmokeRequest(file, model) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new src/* UserError */.yo(`smoke-request file '${file}' cannot be read`, { file });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec(error.message);
        const offset = position ? Number(position[1]) : 0;
        const before = text.slice(0, offset).split('\n');
        throw new src/* UserError */.yo(`smoke-request is not JSON: ${error.message}`, {
            file, line: before.length, column: before[before.length - 1].length + 1,
        });
    }
    if (!Array.isArray(parsed.inputs)) {
        throw new src/* UserError */.yo(`smoke-request must be an Open Inference Protocol request with an "inputs" array`, { file });
    }
    const named = typeof parsed.model === 'string' ? parsed.model : model;
    delete parsed.model;
    if (!named) {
        throw new src/* UserError */.yo(`smoke-request does not say which model it is for: add "model": "<name>" to ${file}`, { file });
    }
    return { model: named, body: JSON.stringify(parsed), generated: false };
}
/** A zero-filled request built from the model's metadata document. */
function requestFromMetadata(metadataJson, model) {
    let metadata;
    try {
        metadata = JSON.parse(metadataJson);
    }
    catch {
        throw new src/* UserError */.yo(`model '${model}' answered its metadata request with something that is not JSON`);
    }
    if (!metadata.inputs?.length) {
        throw new src/* UserError */.yo(`model '${model}' declares no inputs in its metadata; give a smoke-request file`);
    }
    const inputs = metadata.inputs.map((input) => {
        const shape = input.shape.map((d) => (d < 0 ? 1 : d));
        const count = shape.reduce((a, b) => a * b, 1);
        const zero = input.datatype === 'BYTES' ? '' : input.datatype === 'BOOL' ? false : 0;
        return { name: input.name, datatype: input.datatype, shape, data: new Array(count).fill(zero) };
    });
    return { model, body: JSON.stringify({ inputs }), generated: true };
}
/** True when an infer answer is a success: HTTP 200 and a JSON body with a non-empty "outputs" array. */
function isInferSuccess(status, body) {
    if (status !== 200)
        return false;
    try {
        const parsed = JSON.parse(body);
        return Array.isArray(parsed.outputs) && parsed.outputs.length > 0;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/docker-target.ts
/**
 * The `docker` target: zero-downtime blue/green deploys on a single Docker engine.
 *
 *   1. lock the service (lock.ts) and make sure its network and router exist (router.ts);
 *   2. if the router already serves this image with this configuration, do nothing (re-runs are no-ops);
 *   3. start the new replicas beside the old ones, wait until each answers the health path with 200;
 *   4. send the smoke inference request and require a 200 with outputs;
 *   5. switch the router to the new pool (compare-and-set on the router's generation);
 *   6. watch the first seconds of real traffic: any 5xx, failed connection or exited container switches back;
 *   7. drain the old pool (in-flight requests finish) and stop it gracefully (SIGTERM, then the stop timeout).
 * A failure at 3, 4 or 6 leaves (or puts back) the old version serving and reports rolled-back.
 */






async function deployDocker(options) {
    const started = performance.now();
    const o = withDefaults(options);
    if (!/^[a-z0-9][a-z0-9_.-]*$/.test(o.name)) {
        throw new src/* UserError */.yo(`name '${o.name}' is not a valid service name: use lowercase letters, digits, '.', '_', '-'`);
    }
    const { docker, publishHost } = connectDocker(o.dockerHost);
    const image = await resolveImage(docker, o.image);
    await resolveImage(docker, o.routerImage);
    // mlci-serve images name their model in MLCI_MODEL_NAME; the smoke request uses it when nothing else does.
    const imageEnv = (await docker.getImage(image.id).inspect()).Config.Env ?? [];
    o.imageModelName = imageEnv.find((e) => e.startsWith('MLCI_MODEL_NAME='))?.slice('MLCI_MODEL_NAME='.length);
    const configDigest = digest({ image: image.id, env: sortedEnv(o.env), port: o.containerPort, replicas: o.replicas,
        health: o.healthPath });
    const url = `http://${o.bindAddress === '0.0.0.0' ? publishHost : o.bindAddress}:${o.port}`;
    const lock = await acquireLock(docker, o.name, {
        image: o.routerImage, waitMs: (o.timeoutSeconds + o.watchSeconds + o.drainSeconds + 30) * 1000,
        leaseMs: (o.timeoutSeconds + o.watchSeconds + o.drainSeconds + 120) * 1000, owner: `pid ${process.pid}`,
    });
    try {
        const network = `mlci-${o.name}`;
        await ensureNetwork(docker, network, o.name);
        const router = await ensureRouter(docker, {
            service: o.name, network, image: o.routerImage, port: o.port, bindAddress: o.bindAddress, publishHost,
        });
        const state = await router.state();
        const old = state.active;
        const base = {
            target: 'docker', service: o.name, image: o.image, url, replicas: o.replicas,
            previousImage: old?.image ?? null, previousVersion: old?.version ?? null,
        };
        if (old && old.configDigest === configDigest && (await allRunning(docker, old.containers))) {
            o.log(`${o.name}: ${o.image} (${image.id.slice(0, 19)}) already serves with this configuration; nothing to do`);
            return { ...base, version: image.id, previousImage: old.image, previousVersion: old.version,
                status: 'unchanged', rolledBack: false, failure: null, timings: { totalMs: performance.now() - started } };
        }
        const candidates = await startReplicas(docker, o, network, image.id);
        const record = {
            version: image.id, image: o.image, configDigest, containers: candidates,
            upstreams: candidates.map((c) => `http://${c}:${o.containerPort}`), deployedAt: new Date().toISOString(),
        };
        const fail = async (stage, reason, rolledBack, extra = {}) => {
            const logTail = await lastLogLines(docker, candidates[0], 30);
            if (o.rollback)
                await removeContainers(docker, candidates);
            o.log(`${o.name}: ${stage} failed: ${reason}${rolledBack ? `; ${old?.image ?? 'nothing'} keeps serving` : ''}`);
            return { ...base, version: old?.version ?? image.id, status: rolledBack ? 'rolled-back' : 'failed',
                rolledBack, failure: { stage, reason, logTail }, timings: { ...extra, totalMs: performance.now() - started },
            };
        };
        // 3. Readiness of every new replica, probed by the router from inside the network.
        const ready = await waitReady(docker, router, record, o);
        if (ready !== true)
            return fail('readiness', ready, old !== null);
        const healthMs = performance.now() - started;
        // 4. The smoke inference.
        let smoke;
        try {
            smoke = await smokeRequestFor(router, record.upstreams[0], o);
        }
        catch (error) {
            await removeContainers(docker, candidates);
            throw error;
        }
        const answer = await router.probe(record.upstreams[0], 'POST', `/v2/models/${encodeURIComponent(smoke.model)}/infer`, smoke.body, 30_000);
        const smokeMs = answer.ms;
        if (!isInferSuccess(answer.status, answer.body)) {
            const said = answer.error ?? `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
            return fail('smoke', `the smoke request to model '${smoke.model}' failed (${said})`, old !== null, { healthMs, smokeMs });
        }
        // 5. Switch, compare-and-set on the generation we read under the lock.
        const switched = await router.switchTo(record, state.generation);
        if (!switched) {
            await removeContainers(docker, candidates);
            throw new src/* UserError */.yo(`another deploy changed service '${o.name}' while this one ran; nothing was switched`);
        }
        const trafficMs = performance.now() - started;
        o.log(`${o.name}: traffic moved to ${o.image} after ${Math.round(trafficMs)} ms`);
        // 6. Watch the first seconds of real traffic.
        const trouble = await watchAfterSwitch(docker, router, record, o);
        if (trouble) {
            if (o.rollback && old) {
                await router.switchTo(old, switched.generation);
                await router.drain(o.drainSeconds * 1000);
                return fail('after-switch', trouble, true, { healthMs, smokeMs, trafficMs });
            }
            return fail('after-switch', trouble, false, { healthMs, smokeMs, trafficMs });
        }
        // 7. Drain and stop the old version.
        await router.drain(o.drainSeconds * 1000);
        if (old)
            await removeContainers(docker, old.containers, 10);
        await removeStrays(docker, o.name, candidates);
        return { ...base, version: image.id, status: 'deployed', rolledBack: false, failure: null,
            timings: { healthMs, smokeMs, trafficMs, totalMs: performance.now() - started } };
    }
    finally {
        await lock.release();
    }
}
function withDefaults(options) {
    const replicas = options.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1)
        throw new src/* UserError */.yo(`replicas must be a whole number >= 1, got ${replicas}`);
    if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
        throw new src/* UserError */.yo(`port must be a TCP port between 1 and 65535, got ${options.port}`);
    }
    return {
        ...options,
        replicas,
        env: options.env ?? {},
        healthPath: options.healthPath ?? '/v2/health/ready',
        timeoutSeconds: options.timeoutSeconds ?? 120,
        rollback: options.rollback ?? true,
        containerPort: options.containerPort ?? 8080,
        routerImage: options.routerImage ?? 'node:24-alpine',
        bindAddress: options.bindAddress ?? '0.0.0.0',
        watchSeconds: options.watchSeconds ?? 5,
        drainSeconds: options.drainSeconds ?? 30,
        log: options.log ?? (() => undefined),
        imageModelName: undefined,
    };
}
async function startReplicas(docker, o, network, imageId) {
    const tag = (0,external_node_crypto_.randomBytes)(3).toString('hex');
    const names = [];
    try {
        for (let i = 0; i < o.replicas; i++) {
            const name = `mlci-${o.name}-${tag}-${i + 1}`;
            const container = await docker.createContainer({
                name,
                Image: imageId,
                Env: Object.entries({ PORT: String(o.containerPort), ...o.env }).map(([k, v]) => `${k}=${v}`),
                Labels: { 'mlci.service': o.name, 'mlci.role': 'model', 'mlci.version': imageId, 'mlci.image': o.image },
                HostConfig: { NetworkMode: network, RestartPolicy: { Name: 'unless-stopped' } },
            });
            names.push(name);
            await container.start();
        }
    }
    catch (error) {
        await removeContainers(docker, names);
        throw new src/* UserError */.yo(`could not start image '${o.image}': ${error.message}`);
    }
    return names;
}
/** true, or the reason readiness failed (deadline, or a replica that exited). */
async function waitReady(docker, router, record, o) {
    const deadline = Date.now() + o.timeoutSeconds * 1000;
    const pending = new Set(record.upstreams.map((u, i) => i));
    let last = '';
    let round = 0;
    while (pending.size > 0) {
        for (const i of [...pending]) {
            const answer = await router.probe(record.upstreams[i], 'GET', o.healthPath, undefined, 2_000);
            if (answer.status === 200)
                pending.delete(i);
            else
                last = answer.error ?? `HTTP ${answer.status}`;
        }
        if (pending.size === 0)
            break;
        if (++round % 4 === 0 && !(await allRunning(docker, record.containers))) {
            return `a new replica exited before it became ready (last health answer: ${last})`;
        }
        if (Date.now() > deadline) {
            return `${pending.size} of ${record.upstreams.length} new replicas did not answer ${o.healthPath} with 200 ` +
                `within ${o.timeoutSeconds} s (last answer: ${last})`;
        }
        await sleep(250);
    }
    return true;
}
async function smokeRequestFor(router, upstream, o) {
    if (o.smokeRequest)
        return readSmokeRequest(o.smokeRequest, o.model);
    let model = o.model ?? o.env.MLCI_MODEL_NAME ?? o.imageModelName;
    if (!model) {
        // The OIP model-repository extension lists the models a server holds.
        const index = await router.probe(upstream, 'POST', '/v2/repository/index', '{}', 10_000);
        const names = index.status === 200 ? listedModels(index.body) : [];
        if (names.length !== 1) {
            throw new src/* UserError */.yo(`cannot tell which model to smoke-test (the server lists ${names.length ? names.join(', ')
                : 'no models'}); give the model name, MLCI_MODEL_NAME in env, or a smoke-request file`);
        }
        model = names[0];
    }
    const metadata = await router.probe(upstream, 'GET', `/v2/models/${encodeURIComponent(model)}`, undefined, 10_000);
    if (metadata.status !== 200) {
        throw new src/* UserError */.yo(`model '${model}' metadata (GET /v2/models/${model}) answered HTTP ${metadata.status}; ` +
            `give a smoke-request file`);
    }
    return requestFromMetadata(metadata.body, model);
}
function listedModels(body) {
    try {
        const parsed = JSON.parse(body);
        return Array.isArray(parsed) ? parsed.map((m) => m.name).filter((n) => typeof n === 'string') : [];
    }
    catch {
        return [];
    }
}
/** null when the new pool served cleanly for watchSeconds, else what went wrong. */
async function watchAfterSwitch(docker, router, record, o) {
    const until = Date.now() + o.watchSeconds * 1000;
    let round = 0;
    while (Date.now() < until) {
        const { stats } = await router.state();
        const s = stats.active;
        if (s && s.serverErrors + s.connectErrors > 0) {
            return `after the switch the new version failed ${s.serverErrors + s.connectErrors} of ${s.requests} ` +
                `requests (${s.serverErrors} answered 5xx, ${s.connectErrors} connections failed)`;
        }
        if (++round % 5 === 0) {
            if (!(await allRunning(docker, record.containers)))
                return 'a new replica exited after the switch';
            for (const upstream of record.upstreams) {
                const health = await router.probe(upstream, 'GET', o.healthPath, undefined, 2_000);
                if (health.status !== 200)
                    return `a new replica stopped answering ${o.healthPath} after the switch ` +
                        `(${health.error ?? `HTTP ${health.status}`})`;
            }
        }
        await sleep(200);
    }
    return null;
}
async function allRunning(docker, containers) {
    for (const name of containers) {
        const info = await docker.getContainer(name).inspect().catch(() => null);
        if (!info?.State.Running)
            return false;
    }
    return true;
}
/** Graceful stop (SIGTERM, then SIGKILL after `graceSeconds`), then removal. */
async function removeContainers(docker, names, graceSeconds = 0) {
    await Promise.all(names.map(async (name) => {
        const container = docker.getContainer(name);
        if (graceSeconds > 0)
            await container.stop({ t: graceSeconds }).catch(() => undefined);
        await container.remove({ force: true }).catch(() => undefined);
    }));
}
/** Model containers of this service that no pool refers to (left by a deploy that was killed mid-way). */
async function removeStrays(docker, service, keep) {
    const all = await docker.listContainers({ all: true, filters: { label: [`mlci.service=${service}`, 'mlci.role=model'] } });
    const strays = all.map((c) => c.Names[0].replace(/^\//, '')).filter((n) => !keep.includes(n));
    await removeContainers(docker, strays);
}
function sortedEnv(env) {
    return Object.keys(env).sort().map((k) => `${k}=${env[k]}`);
}
function digest(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./packages/deploy/src/env.ts
/**
 * The `env` input: one `KEY=VALUE` per line, blank lines and `#` comments ignored. Values keep everything after
 * the first `=` (so `URL=a=b` is `a=b`). Keys follow POSIX shell rules: a letter or `_`, then letters, digits, `_`.
 */

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseEnvLines(text, source = 'env') {
    const env = {};
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq).trim();
        if (eq < 0 || !KEY.test(key)) {
            throw new src/* UserError */.yo(`${source} line ${index + 1} is not KEY=VALUE (got '${eq < 0 ? line : key}'); keys are letters, digits ` +
                `and _ and do not start with a digit`, { file: source, line: index + 1, column: 1 });
        }
        env[key] = line.slice(eq + 1);
    });
    return env;
}

;// CONCATENATED MODULE: ./packages/deploy/src/swarm-target.ts


const SECOND = 1_000_000_000; // the Engine API takes durations in nanoseconds
async function deploySwarm(options) {
    const started = performance.now();
    const o = {
        replicas: 1, env: {}, healthPath: '/v2/health/ready', containerPort: 8080, timeoutSeconds: 120, rollback: true,
        publishMode: 'ingress', monitorSeconds: 5, log: (() => undefined), ...options,
    };
    const { docker, publishHost } = connectDocker(o.dockerHost);
    const info = await docker.info();
    if (info.Swarm?.LocalNodeState !== 'active' || !info.Swarm?.ControlAvailable) {
        throw new src/* UserError */.yo(`the swarm target needs a Swarm manager; the engine at ${o.dockerHost ?? 'the default socket'} ` +
            `is ${info.Swarm?.LocalNodeState ?? 'not in a swarm'} (run docker swarm init)`);
    }
    const image = await resolveImage(docker, o.image);
    const healthUrl = `http://127.0.0.1:${o.containerPort}${o.healthPath}`;
    const spec = {
        Name: o.name,
        Labels: { 'mlci.service': o.name, 'mlci.image': o.image },
        TaskTemplate: {
            ContainerSpec: {
                Image: o.image,
                Env: Object.entries({ PORT: String(o.containerPort), ...o.env }).map(([k, v]) => `${k}=${v}`),
                Labels: { 'mlci.service': o.name, 'mlci.version': image.id },
                Healthcheck: {
                    // The images are expected to carry node (they run the mlci model server); no shell or curl needed.
                    Test: ['CMD', 'node', '-e', `fetch(${JSON.stringify(healthUrl)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`],
                    Interval: 1 * SECOND, Timeout: 2 * SECOND, Retries: 3, StartPeriod: o.timeoutSeconds * SECOND,
                },
                StopGracePeriod: 10 * SECOND,
            },
            RestartPolicy: { Condition: 'on-failure', MaxAttempts: 3, Delay: 1 * SECOND },
        },
        Mode: { Replicated: { Replicas: o.replicas } },
        UpdateConfig: { Parallelism: 1, Delay: 0, FailureAction: o.rollback ? 'rollback' : 'pause',
            Monitor: o.monitorSeconds * SECOND, MaxFailureRatio: 0, Order: 'start-first' },
        RollbackConfig: { Parallelism: 1, Delay: 0, FailureAction: 'pause', Monitor: o.monitorSeconds * SECOND,
            MaxFailureRatio: 0, Order: 'start-first' },
        EndpointSpec: { Ports: [{ Protocol: 'tcp', TargetPort: o.containerPort,
                    PublishedPort: o.publishMode === 'host' ? 0 : o.port, PublishMode: o.publishMode }] },
    };
    const existing = await docker.getService(o.name).inspect().catch((e) => (statusCode(e) === 404 ? null : Promise.reject(e)));
    const previousImage = existing?.Spec?.Labels?.['mlci.image'] ?? null;
    const previousVersion = existing?.Spec?.TaskTemplate?.ContainerSpec?.Labels?.['mlci.version'] ?? null;
    const base = { target: 'swarm', service: o.name, image: o.image, replicas: o.replicas, previousImage, previousVersion };
    if (existing && previousVersion === image.id && sameEnv(existing.Spec.TaskTemplate.ContainerSpec.Env, spec.TaskTemplate.ContainerSpec.Env)) {
        return { ...base, version: image.id, url: await taskUrl(docker, o.name, o, publishHost), status: 'unchanged',
            rolledBack: false, failure: null, timings: { totalMs: performance.now() - started } };
    }
    if (existing) {
        await docker.getService(o.name).update({ ...spec, version: existing.Version.Index });
    }
    else {
        await docker.createService(spec);
    }
    o.log(`${o.name}: ${existing ? 'updating' : 'creating'} the swarm service to ${o.image}`);
    const deadline = Date.now() + (o.timeoutSeconds + 4 * o.monitorSeconds + 60) * 1000;
    for (;;) {
        const service = await docker.getService(o.name).inspect();
        const state = service.UpdateStatus?.State;
        const done = existing ? state === 'completed' : await converged(docker, o.name, image.id, o.replicas);
        const elapsed = () => ({ totalMs: performance.now() - started });
        if (done) {
            return { ...base, version: image.id, url: await taskUrl(docker, o.name, o, publishHost), status: 'deployed',
                rolledBack: false, failure: null, timings: { trafficMs: performance.now() - started, ...elapsed() } };
        }
        if (state === 'rollback_completed' || state === 'paused' || state === 'rollback_paused' || Date.now() > deadline) {
            const rolledBack = state === 'rollback_completed';
            // Swarm may have restarted the previous version's tasks; report once they are healthy again.
            while (rolledBack && previousVersion && Date.now() < deadline &&
                !(await converged(docker, o.name, previousVersion, o.replicas)))
                await sleep(500);
            const logTail = await failedTaskLogs(docker, o.name, image.id);
            const reason = Date.now() > deadline ? `the service did not converge within the deadline (state ${state ?? 'none'})`
                : `Swarm reports ${state}: ${service.UpdateStatus?.Message ?? ''}`.trim();
            return { ...base, version: rolledBack ? previousVersion ?? image.id : image.id,
                url: await taskUrl(docker, o.name, o, publishHost), status: rolledBack ? 'rolled-back' : 'failed', rolledBack,
                failure: { stage: 'swarm-update', reason, logTail }, timings: elapsed() };
        }
        await sleep(500);
    }
}
async function converged(docker, name, imageId, replicas) {
    const tasks = await docker.listTasks({ filters: { service: [name], 'desired-state': ['running'] } });
    const healthy = await Promise.all(tasks.filter((t) => t.Status?.State === 'running').map(async (t) => {
        const id = t.Status?.ContainerStatus?.ContainerID;
        const info = id ? await docker.getContainer(id).inspect().catch(() => null) : null;
        return info?.State.Health?.Status === 'healthy' && info.Image === imageId;
    }));
    return healthy.filter(Boolean).length >= replicas;
}
async function taskUrl(docker, name, o, host) {
    if (o.publishMode !== 'host')
        return `http://${host}:${o.port}`;
    const tasks = await docker.listTasks({ filters: { service: [name], 'desired-state': ['running'] } });
    const port = tasks.flatMap((t) => t.Status?.PortStatus?.Ports ?? []).find((p) => p.PublishedPort)?.PublishedPort;
    return port ? `http://${host}:${port}` : null;
}
async function failedTaskLogs(docker, name, imageId) {
    const tasks = await docker.listTasks({ filters: { service: [name] } });
    for (const task of tasks.sort((a, b) => String(b.CreatedAt).localeCompare(String(a.CreatedAt)))) {
        const id = task.Status?.ContainerStatus?.ContainerID;
        if (!id)
            continue;
        const info = await docker.getContainer(id).inspect().catch(() => null);
        if (info?.Image === imageId)
            return lastLogLines(docker, id, 30);
    }
    return [];
}
function sameEnv(a, b) {
    return JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./packages/deploy/src/kubernetes-apply.ts
/**
 * The `kubernetes` target, applying half: `kubectl apply --server-side` of the rendered directory, then watch
 * the rollout until available; a rollout that reports ProgressDeadlineExceeded is undone (`kubectl rollout
 * undo`) and reported as rolled back. For an InferenceService it waits for its Ready condition instead (KServe
 * keeps the previous revision serving until the new one is ready).
 *
 * NOT EXERCISED: no Kubernetes cluster can be had where this was written and tested. The rendering and schema
 * validation are tested for real (test/deploy/kubernetes.test.ts); this file is not. It needs `kubectl` on PATH.
 */



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function applyKubernetes(manifests, options) {
    const base = ['--kubeconfig', options.kubeconfig, ...(options.namespace ? ['--namespace', options.namespace] : [])];
    const output = [];
    const kubectl = async (...args) => {
        try {
            const { stdout, stderr } = await run('kubectl', [...base, ...args], { maxBuffer: 1 << 24 });
            output.push(...`${stdout}${stderr}`.trim().split('\n'));
            return { ok: true, text: `${stdout}${stderr}` };
        }
        catch (error) {
            const e = error;
            if (e.code === 'ENOENT')
                throw new src/* UserError */.yo('the kubernetes target applies manifests with kubectl, which is not on PATH');
            const text = `${e.stdout ?? ''}${e.stderr ?? ''}`;
            output.push(...text.trim().split('\n'));
            return { ok: false, text };
        }
    };
    const applied = await kubectl('apply', '--server-side', '--field-manager=mlci', '-f', options.directory);
    if (!applied.ok)
        return { available: false, rolledBack: false, reason: `kubectl apply failed: ${applied.text.trim()}`, output };
    const workload = manifests.find((m) => m.kind === 'Deployment' || m.kind === 'InferenceService');
    if (workload.kind === 'InferenceService') {
        const ready = await kubectl('wait', '--for=condition=Ready', `inferenceservice/${workload.name}`, `--timeout=${options.timeoutSeconds}s`);
        return { available: ready.ok, rolledBack: false, reason: ready.ok ? null : ready.text.trim(), output };
    }
    const status = await kubectl('rollout', 'status', `deployment/${workload.name}`, `--timeout=${options.timeoutSeconds}s`);
    if (status.ok)
        return { available: true, rolledBack: false, reason: null, output };
    const deadline = /exceeded its progress deadline|ProgressDeadlineExceeded/.test(status.text);
    if (deadline && options.rollback) {
        const undone = await kubectl('rollout', 'undo', `deployment/${workload.name}`);
        return { available: false, rolledBack: undone.ok, reason: `ProgressDeadlineExceeded: ${status.text.trim()}`, output };
    }
    return { available: false, rolledBack: false, reason: status.text.trim(), output };
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./packages/deploy/src/batch.ts
/**
 * Batch mode: run the image's batch command once over `batch-input` and write `batch-output`.
 *
 * The batch command is the image's command followed by `batch --input IN --output OUT` (what `mlci-serve batch`
 * takes); when the image has an ENTRYPOINT, only those arguments are passed. Files travel through the Engine
 * API's archive endpoints (PUT/GET /containers/{id}/archive), not bind mounts, so a remote docker-host works too.
 * Counting: `rows` = output rows with a value (CSV lines after the header with a non-empty cell, or JSONL lines);
 * `failures` = input rows that got no value (input data rows − rows).
 */





const WORKDIR = '/tmp';
async function runBatch(options) {
    const started = performance.now();
    const inExt = (0,external_node_path_.extname)(options.input).toLowerCase();
    const outExt = (0,external_node_path_.extname)(options.output).toLowerCase();
    for (const [which, ext, file] of [['batch-input', inExt, options.input], ['batch-output', outExt, options.output]]) {
        if (ext !== '.csv' && ext !== '.jsonl')
            throw new src/* UserError */.yo(`${which} '${file}' must be a .csv or .jsonl file`, { file });
    }
    let inputText;
    try {
        inputText = await (0,promises_.readFile)(options.input);
    }
    catch {
        throw new src/* UserError */.yo(`batch-input '${options.input}' cannot be read`, { file: options.input });
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
        await container.putArchive(await tarOf((0,external_node_path_.basename)(inPath), inputText), { path: WORKDIR });
        await container.start();
        const waited = await Promise.race([
            container.wait(),
            new Promise((resolve) => setTimeout(() => resolve(null), (options.timeoutSeconds ?? 600) * 1000).unref()),
        ]);
        const logTail = await lastLogLines(docker, container.id, 30);
        if (waited === null) {
            throw new src/* UserError */.yo(`the batch run of '${options.image}' did not finish within ${options.timeoutSeconds ?? 600} s; ` +
                `last log lines:\n${logTail.join('\n')}`);
        }
        const inputRows = countRows(inputText.toString('utf8'), inExt);
        if (waited.StatusCode !== 0) {
            return { image: options.image, version: image.id, input: options.input, output: options.output, inputRows,
                rows: 0, failures: inputRows, exitCode: waited.StatusCode, durationMs: performance.now() - started, logTail };
        }
        const produced = await fileFrom(await container.getArchive({ path: outPath }));
        await (0,promises_.writeFile)(options.output, produced);
        const rows = countScored(produced.toString('utf8'), outExt);
        return { image: options.image, version: image.id, input: options.input, output: options.output, inputRows, rows,
            failures: Math.max(0, inputRows - rows), exitCode: 0, durationMs: performance.now() - started, logTail };
    }
    finally {
        await container.remove({ force: true }).catch(() => undefined);
    }
}
function lines(text) {
    return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}
function countRows(text, ext) {
    const all = lines(text);
    return ext === '.csv' ? Math.max(0, all.length - 1) : all.length;
}
function countScored(text, ext) {
    if (ext === '.jsonl')
        return lines(text).length;
    // Blank lines count here: a row the batch command could not score is an empty line in the output CSV.
    const all = text.split(/\r?\n/);
    if (all[all.length - 1] === '')
        all.pop();
    return all.slice(1).filter((l) => l.split(',').some((cell) => cell.trim() !== '')).length;
}
async function tarOf(name, content) {
    const archive = (0,tar_stream.pack)();
    archive.entry({ name, mode: 0o644 }, content);
    archive.finalize();
    const chunks = [];
    for await (const chunk of archive)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/** The first file in a tar stream. */
async function fileFrom(stream) {
    const reader = (0,tar_stream.extract)();
    stream.pipe(reader);
    for await (const entry of reader) {
        const chunks = [];
        for await (const chunk of entry)
            chunks.push(chunk);
        if (entry.header.type === 'file')
            return Buffer.concat(chunks);
    }
    throw new Error('the batch output archive holds no file');
}

;// CONCATENATED MODULE: ./packages/deploy/src/github-deployment.ts
class GitHubDeployment {
    id;
    states = [];
    #client;
    #target;
    constructor(client, target, id) {
        this.#client = client;
        this.#target = target;
        this.id = id;
    }
    static async create(client, target) {
        const response = await client.rest.repos.createDeployment({
            owner: target.owner, repo: target.repo, ref: target.ref, environment: target.environment,
            description: target.description.slice(0, 140), auto_merge: false, required_contexts: [],
            production_environment: /^prod/i.test(target.environment),
        });
        const id = response.data.id;
        if (typeof id !== 'number')
            throw new Error(`GitHub did not create the deployment: ${JSON.stringify(response.data)}`);
        return new GitHubDeployment(client, target, id);
    }
    async setState(state, details = {}) {
        await this.#client.rest.repos.createDeploymentStatus({
            owner: this.#target.owner, repo: this.#target.repo, deployment_id: this.id, state,
            environment: this.#target.environment,
            ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
            ...(this.#target.logUrl ? { log_url: this.#target.logUrl } : {}),
            description: (details.description ?? '').slice(0, 140),
            auto_inactive: state === 'success',
        });
        this.states.push(state);
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/index.ts












;// CONCATENATED MODULE: ./schemas/deploy-endpoint.schema.json
const deploy_endpoint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlci.dev/schemas/deploy-endpoint.schema.json","title":"deploy-endpoint payload","type":"object","required":["target","mode","service","image","version","previousImage","previousVersion","url","status","rolledBack","failure","timings","replicas","envKeys"],"additionalProperties":false,"properties":{"target":{"enum":["docker","swarm","kubernetes"]},"mode":{"enum":["realtime","batch"]},"service":{"type":"string","minLength":1},"image":{"type":"string","minLength":1},"version":{"type":"string","description":"Image ID (content digest) now serving; the image reference for kubernetes"},"previousImage":{"type":["string","null"]},"previousVersion":{"type":["string","null"]},"url":{"type":["string","null"]},"status":{"enum":["deployed","unchanged","rolled-back","failed","rendered"]},"rolledBack":{"type":"boolean"},"failure":{"type":["object","null"],"required":["stage","reason","logTail"],"additionalProperties":false,"properties":{"stage":{"enum":["readiness","smoke","after-switch","swarm-update","rollout","batch"]},"reason":{"type":"string"},"logTail":{"type":"array","items":{"type":"string"}}}},"timings":{"type":"object","required":["totalMs"],"additionalProperties":false,"properties":{"healthMs":{"type":"number","minimum":0},"smokeMs":{"type":"number","minimum":0},"trafficMs":{"type":"number","minimum":0},"totalMs":{"type":"number","minimum":0}}},"replicas":{"type":"integer","minimum":1},"envKeys":{"type":"array","items":{"type":"string"}},"manifests":{"type":"array","items":{"type":"string"}},"batch":{"type":"object","required":["input","output","inputRows","rows","failures","exitCode"],"additionalProperties":false,"properties":{"input":{"type":"string"},"output":{"type":"string"},"inputRows":{"type":"integer","minimum":0},"rows":{"type":"integer","minimum":0},"failures":{"type":"integer","minimum":0},"exitCode":{"type":"integer"}}},"githubDeployment":{"type":"object","required":["id","environment","states"],"additionalProperties":false,"properties":{"id":{"type":"integer"},"environment":{"type":"string"},"states":{"type":"array","items":{"enum":["in_progress","success","failure","error"]}}}}}}');
// EXTERNAL MODULE: ./packages/report/src/index.ts + 18 modules
var report_src = __webpack_require__(37611);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/report.ts
/** The deploy-endpoint payload and its Markdown: version deployed, previous version, timings, rollback reason. */

function headline(p) {
    if (p.batch)
        return `batch: ${p.batch.rows} of ${p.batch.inputRows} rows scored, ${p.batch.failures} failed`;
    switch (p.status) {
        case 'deployed': return `${p.image} is live on ${p.target}${p.previousImage ? ` (was ${p.previousImage})` : ''}`;
        case 'unchanged': return `${p.image} was already live on ${p.target}; nothing changed`;
        case 'rendered': return `${p.manifests?.length ?? 0} Kubernetes manifest(s) rendered and validated for ${p.image}`;
        case 'rolled-back': return `${p.image} was rolled back at ${p.failure?.stage}; ${p.previousImage} keeps serving`;
        default: return `deploy of ${p.image} failed at ${p.failure?.stage ?? 'an unknown stage'}`;
    }
}
const ms = (value) => (value === undefined ? '—' : `${(0,report_src/* formatNumber */.ZV)(value / 1000, 3)} s`);
function renderReport(p) {
    const passed = p.batch ? p.batch.exitCode === 0 && p.batch.failures === 0 : ['deployed', 'unchanged', 'rendered'].includes(p.status);
    const lines = [(0,report_src/* verdict */.WJ)(passed, headline(p)), ''];
    if (p.batch) {
        lines.push((0,report_src/* markdownTable */.Qj)(['Input', 'Rows', 'Scored', 'Failed', 'Output'], [[p.batch.input, p.batch.inputRows, p.batch.rows, p.batch.failures, p.batch.output]], { align: ['left', 'right', 'right', 'right', 'left'] }));
    }
    else {
        lines.push((0,report_src/* markdownTable */.Qj)(['', 'Image', 'Version'], [
            ['Deployed', (0,report_src/* escapeCell */.kq)(p.image), `\`${p.version.slice(0, 19)}\``],
            ['Previous', (0,report_src/* escapeCell */.kq)(p.previousImage ?? '—'), p.previousVersion ? `\`${p.previousVersion.slice(0, 19)}\`` : '—'],
        ]));
        lines.push('', (0,report_src/* markdownTable */.Qj)(['Health', 'Smoke request', 'Traffic on new version', 'Total'], [[ms(p.timings.healthMs), ms(p.timings.smokeMs), ms(p.timings.trafficMs), ms(p.timings.totalMs)]], { align: ['right', 'right', 'right', 'right'] }));
        if (p.url)
            lines.push('', `Service: ${p.url} (${p.target}, ${p.replicas} replica${p.replicas === 1 ? '' : 's'})`);
    }
    if (p.failure)
        lines.push('', `**${p.rolledBack ? 'Rollback' : 'Failure'} reason (${p.failure.stage}):** ${(0,report_src/* escapeCell */.kq)(p.failure.reason)}`);
    if (p.githubDeployment)
        lines.push('', `GitHub deployment ${p.githubDeployment.id} to \`${p.githubDeployment.environment}\`: ${p.githubDeployment.states.join(' → ')}`);
    const comment = lines.join('\n');
    const extra = [];
    if (p.failure?.logTail.length)
        extra.push((0,report_src/* details */.zH)('Last log lines of the new version', `\`\`\`\n${p.failure.logTail.join('\n')}\n\`\`\``));
    if (p.manifests?.length)
        extra.push((0,report_src/* details */.zH)('Manifests', p.manifests.map((m) => `- \`${m}\``).join('\n')));
    return { comment, details: [comment, ...extra].join('\n\n') };
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deploy-endpoint.ts
/** deploy-endpoint: the action adapter over @mlci/deploy (docker, swarm, kubernetes targets; batch mode). */







const SECRET_KEY = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL|AUTH/i;
const definition = {
    name: 'deploy-endpoint',
    payloadSchema: deploy_endpoint_schema_namespaceObject,
    readInputs(input) {
        const envText = input.optionalString('env') ?? '';
        const env = parseEnvLines(envText, 'env');
        for (const [key, value] of Object.entries(env)) {
            // Mask before anything can print them; very short non-secret values would mask ordinary log text.
            if (value.length > 3 || (value.length > 0 && SECRET_KEY.test(key)))
                process.stdout.write(`::add-mask::${value}\n`);
        }
        const mode = input.choice('mode', ['realtime', 'batch']);
        const inputs = {
            image: input.string('image'),
            target: input.choice('target', ['docker', 'swarm', 'kubernetes']),
            name: input.string('name'),
            port: input.number('port', { min: 1, max: 65535, integer: true, fallback: 8080 }),
            containerPort: input.number('container-port', { min: 1, max: 65535, integer: true, fallback: 8080 }),
            dockerHost: input.optionalString('docker-host'),
            replicas: input.number('replicas', { min: 1, integer: true, fallback: 1 }),
            env,
            healthPath: input.optionalString('health-path') ?? '/v2/health/ready',
            smokeRequest: input.optionalFile('smoke-request'),
            model: input.optionalString('model'),
            timeoutSeconds: input.number('timeout-seconds', { min: 1, fallback: 120 }),
            rollback: input.boolean('rollback', true),
            watchSeconds: input.number('watch-seconds', { min: 0, fallback: 5 }),
            routerImage: input.optionalString('router-image') ?? 'node:24-alpine',
            bindAddress: input.optionalString('bind-address') ?? '0.0.0.0',
            publishMode: input.choice('publish-mode', ['ingress', 'host']),
            kserve: input.boolean('kserve'),
            modelFormat: input.optionalString('model-format') ?? 'onnx',
            manifestsDir: input.resolve(input.optionalString('manifests-dir') ?? 'mlci-results/k8s'),
            namespace: input.optionalString('namespace'),
            kubeconfig: input.optionalFile('kubeconfig'),
            mode,
            batchInput: mode === 'batch' ? input.file('batch-input') : undefined,
            batchOutput: mode === 'batch' ? input.resolve(requireInput(input.optionalString('batch-output'), 'batch-output')) : undefined,
            environment: input.optionalString('environment'),
        };
        if (!inputs.healthPath.startsWith('/'))
            throw new src/* UserError */.yo(`Input 'health-path' must start with '/', got '${inputs.healthPath}'.`);
        return inputs;
    },
    async run(inputs, context) {
        const deployment = inputs.environment && inputs.mode === 'realtime' ? await startDeployment(inputs, context) : null;
        let payload;
        try {
            payload = inputs.mode === 'batch' ? await batch(inputs, context) : await realtime(inputs, context);
        }
        catch (error) {
            await deployment?.setState('failure', { description: `deploy of ${inputs.image} failed` }).catch(() => undefined);
            throw error;
        }
        if (deployment) {
            const ok = payload.status === 'deployed' || payload.status === 'unchanged';
            await deployment.setState(ok ? 'success' : 'failure', {
                environmentUrl: payload.url, description: ok ? `${inputs.image} is live` : `${inputs.image}: ${payload.failure?.reason ?? payload.status}`,
            });
            payload.githubDeployment = { id: deployment.id, environment: inputs.environment, states: [...deployment.states] };
        }
        const passed = payload.batch ? payload.batch.exitCode === 0 && payload.batch.failures === 0
            : payload.status === 'deployed' || payload.status === 'unchanged' || payload.status === 'rendered';
        const annotations = [];
        if (payload.failure) {
            annotations.push({ level: 'error', title: `deploy-endpoint: ${payload.failure.stage} failed`,
                message: `${payload.failure.reason}${payload.rolledBack ? ` — rolled back, ${payload.previousImage} keeps serving` : ''}` +
                    (payload.failure.logTail.length ? `\nLast log lines of the new version:\n${payload.failure.logTail.join('\n')}` : '') });
        }
        if (payload.failure?.logTail.length)
            context.log.info(`Last log lines of ${inputs.image}:\n${payload.failure.logTail.join('\n')}`);
        const report = renderReport(payload);
        return {
            passed,
            headline: headline(payload),
            payload,
            outputs: {
                url: payload.url ?? '', version: payload.version, 'previous-image': payload.previousImage ?? '',
                'rolled-back': payload.rolledBack,
                ...(payload.batch ? { rows: payload.batch.rows, failures: payload.batch.failures } : {}),
            },
            report,
            annotations,
        };
    },
};
function requireInput(value, name) {
    if (!value)
        throw new src/* UserError */.yo(`Input '${name}' is required when mode is batch.`);
    return value;
}
async function startDeployment(inputs, context) {
    if (!context.token)
        throw new src/* UserError */.yo(`Input 'environment' needs a github-token to create the GitHub Deployment.`);
    const { github } = context;
    const client = (0,github_src.createGitHubClient)({ token: context.token, apiUrl: github.apiUrl, log: context.log });
    const deployment = await GitHubDeployment.create(client, {
        owner: github.owner, repo: github.repo, ref: github.sha || github.ref, environment: inputs.environment,
        description: `mlci deploy-endpoint: ${inputs.image}`, logUrl: github.runUrl,
    });
    await deployment.setState('in_progress', { description: `deploying ${inputs.image}` });
    return deployment;
}
async function realtime(inputs, context) {
    const log = (message) => context.log.info(message);
    let result;
    let manifests;
    if (inputs.target === 'docker') {
        result = await deployDocker({ ...inputs, smokeRequest: inputs.smokeRequest, log });
    }
    else if (inputs.target === 'swarm') {
        result = await deploySwarm({ ...inputs, monitorSeconds: Math.max(1, inputs.watchSeconds), log });
    }
    else {
        // Loaded here only (see @mlci/deploy's index): the manifests' schema validation loads Node's deprecated
        // punycode module, whose warning the Docker and Swarm targets have no reason to print.
        const { renderKubernetes, writeManifests } = await Promise.all(/* import() */[__webpack_require__.e(425), __webpack_require__.e(485)]).then(__webpack_require__.bind(__webpack_require__, 96485));
        const rendered = renderKubernetes(inputs);
        manifests = (await writeManifests(rendered, inputs.manifestsDir)).map((f) => external_node_path_default().relative(context.workspace, f));
        log(`wrote ${manifests.length} validated manifest(s) to ${inputs.manifestsDir}`);
        const started = performance.now();
        const base = { target: 'kubernetes', service: inputs.name, image: inputs.image, version: inputs.image,
            previousImage: null, previousVersion: null, url: `http://${inputs.name}${inputs.namespace ? `.${inputs.namespace}` : ''}:${inputs.port}`,
            replicas: inputs.replicas };
        if (!inputs.kubeconfig) {
            result = { ...base, status: 'unchanged', rolledBack: false, failure: null, timings: { totalMs: performance.now() - started } };
            return { ...payloadOf(result, inputs), status: 'rendered', manifests };
        }
        const applied = await applyKubernetes(rendered, { kubeconfig: inputs.kubeconfig, directory: inputs.manifestsDir,
            namespace: inputs.namespace, timeoutSeconds: inputs.timeoutSeconds, rollback: inputs.rollback });
        result = { ...base, status: applied.available ? 'deployed' : applied.rolledBack ? 'rolled-back' : 'failed',
            rolledBack: applied.rolledBack, failure: applied.available ? null : { stage: 'rollout', reason: applied.reason ?? 'rollout failed',
                logTail: applied.output.slice(-30) }, timings: { totalMs: performance.now() - started } };
    }
    return { ...payloadOf(result, inputs), manifests };
}
function payloadOf(result, inputs) {
    return { ...result, mode: 'realtime', envKeys: Object.keys(inputs.env).sort() };
}
async function batch(inputs, context) {
    const run = await runBatch({ image: inputs.image, input: inputs.batchInput, output: inputs.batchOutput,
        dockerHost: inputs.dockerHost, env: inputs.env, timeoutSeconds: inputs.timeoutSeconds });
    context.log.info(`batch: ${run.rows} of ${run.inputRows} rows scored, ${run.failures} failed, exit code ${run.exitCode}`);
    return {
        target: inputs.target, mode: 'batch', service: inputs.name, image: inputs.image, version: run.version,
        previousImage: null, previousVersion: null, url: null, status: run.exitCode === 0 ? 'deployed' : 'failed',
        rolledBack: false, replicas: 1, envKeys: Object.keys(inputs.env).sort(), timings: { totalMs: run.durationMs },
        failure: run.exitCode === 0 ? null : { stage: 'batch', reason: `the batch command exited with code ${run.exitCode}`, logTail: run.logTail },
        batch: { input: external_node_path_default().relative(context.workspace, run.input), output: external_node_path_default().relative(context.workspace, run.output),
            inputRows: run.inputRows, rows: run.rows, failures: run.failures, exitCode: run.exitCode },
    };
}


/***/ }),

/***/ 17659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  httpStatus: () => (/* reexport */ httpStatus),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// UNUSED EXPORTS: findReportComments, readGitHubContext

// EXTERNAL MODULE: ./packages/github/src/context.ts
var context = __webpack_require__(82742);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 1 modules
var dist_src = __webpack_require__(11303);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./packages/github/src/client.ts
/**
 * The one Octokit every mlci step uses: retries with backoff on 5xx (plugin-retry), and waits out primary (429)
 * and secondary rate limits (plugin-throttling), a bounded number of times.
 */



const MlciOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function createGitHubClient(options) {
    const log = options.log;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= rateLimitRetries) {
            log?.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
            return false;
        }
        log?.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return true;
    };
    return new MlciOctokit({
        auth: options.token,
        baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'mlci',
        log: {
            debug: (m) => log?.debug(m),
            info: (m) => log?.debug(m),
            warn: (m) => log?.debug(m),
            error: (m) => log?.debug(m),
        },
        retry: { retries: options.serverErrorRetries ?? 3 },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}
/** The status of an Octokit RequestError, or undefined for other errors. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./packages/report/src/index.ts + 18 modules
var src = __webpack_require__(37611);
;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts
/**
 * Upsert the ONE sticky report comment of a pull request: find it by its hidden marker across all pages of
 * comments, replace only the given sections, and write only when the body changed.
 *
 * Two jobs of one PR may both find no comment and both create one. After creating, we list again: the oldest
 * marked comment wins, our sections are merged into it, and our twin is deleted. (Concurrent PATCHes of the same
 * comment can still lose a section: GitHub offers no conditional update for comments.)
 */

async function findReportComments(client, target) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return comments.filter((c) => (0,src/* hasMarker */.xY)(c.body, target.reportId)).sort((a, b) => a.id - b.id);
}
async function upsertStickyComment(client, options) {
    const { owner, repo, issueNumber } = options;
    const compose = (previous) => (0,src/* composeComment */.Sq)((0,src/* mergeSections */.X0)(previous, options.sections), {
        reportId: options.reportId,
        title: options.title,
        fullReportUrl: options.fullReportUrl,
    });
    const existing = await findReportComments(client, options);
    if (existing.length > 0)
        return updateComment(client, options, existing[0], compose(existing[0].body));
    const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: compose(undefined) });
    const after = await findReportComments(client, options);
    const oldest = after[0];
    if (!oldest || oldest.id === created.id)
        return { action: 'created', commentId: created.id, url: created.html_url };
    // Another job created one first: keep the oldest, carry our sections into it, remove ours.
    const result = await updateComment(client, options, oldest, compose(oldest.body));
    await client.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
    return result;
}
async function updateComment(client, target, comment, body) {
    if (comment.body === body)
        return { action: 'unchanged', commentId: comment.id, url: comment.html_url };
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body });
    return { action: 'updated', commentId: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts





/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ }),

/***/ 11303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ Octokit)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);



/***/ })

};
