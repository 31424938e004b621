export const id = 658;
export const ids = [658];
export const modules = {

/***/ 99922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ findOnnxRuntimeDir),
/* harmony export */   LF: () => (/* binding */ importOnnxRuntime)
/* harmony export */ });
/* unused harmony export ONNXRUNTIME_ADVICE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6570);
/**
 * Where an action finds onnxruntime-node. Its native binaries are not bundled (nor committed), so it is looked
 * up at run time: in the action's own tree (node_modules of an mlci checkout), then in the user's workspace
 * (a `npm install onnxruntime-node` step). Not found is the user's to fix, said plainly.
 */




const ADVICE = "add a step that runs 'npm install onnxruntime-node' in the workspace (or, for package-image, set 'onnxruntime-dir')";
/** The onnxruntime-node package folder, or undefined when there is none. */
function findOnnxRuntimeDir(workspace) {
    const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    // dist/<action>/ in a bundle, actions/common/src/ in the sources; then the workspace.
    const roots = [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', '..'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', '..', '..'), workspace];
    return roots.map((root) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'node_modules', 'onnxruntime-node')).find((dir) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json')));
}
/** Import onnxruntime-node from where `findOnnxRuntimeDir` finds it. */
async function importOnnxRuntime(workspace) {
    const dir = findOnnxRuntimeDir(workspace);
    if (!dir)
        throw new _mlci_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`onnxruntime-node was not found; ${ADVICE}.`);
    // A require made at run time: the bundler rewrites import() and require() calls it can see.
    const { createRequire } = process.getBuiltinModule('node:module');
    return createRequire(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json'))(dir);
}
const ONNXRUNTIME_ADVICE = (/* unused pure expression or super */ null && (ADVICE));


/***/ }),

/***/ 15658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 5 modules
var src = __webpack_require__(6570);
// EXTERNAL MODULE: ./packages/docker/src/index.ts + 13 modules
var docker_src = __webpack_require__(45011);
// EXTERNAL MODULE: ./actions/common/src/onnxruntime.ts
var onnxruntime = __webpack_require__(99922);
;// CONCATENATED MODULE: ./schemas/package-image.schema.json
const package_image_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlci.dev/schemas/package-image.schema.json","title":"package-image payload","type":"object","additionalProperties":false,"required":["flavor","repository","image","digest","imageId","tags","pushed","sizeBytes","build","smoke","model","labels"],"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"tensor":{"type":"object","additionalProperties":false,"required":["name","datatype","shape"],"properties":{"name":{"type":"string"},"datatype":{"type":"string"},"shape":{"type":"array","items":{"type":"integer","minimum":-1}}}}},"properties":{"flavor":{"enum":["onnx","dockerfile"]},"repository":{"type":"string","description":"registry/path, no tag"},"image":{"type":"string","description":"repository@digest when pushed, else repository:first-tag"},"digest":{"oneOf":[{"$ref":"#/$defs/digest"},{"type":"null"}],"description":"the pushed manifest digest, cross-checked with the registry"},"imageId":{"$ref":"#/$defs/digest","description":"the image config digest"},"tags":{"type":"array","minItems":1,"items":{"type":"string"}},"pushed":{"type":"boolean"},"sizeBytes":{"type":"integer","minimum":0},"build":{"type":"object","additionalProperties":false,"required":["durationMs","steps","cachedSteps","rebuiltSteps"],"properties":{"durationMs":{"type":"integer","minimum":0},"steps":{"type":"integer","minimum":0},"cachedSteps":{"type":"integer","minimum":0},"rebuiltSteps":{"type":"array","items":{"type":"string"},"description":"instructions not taken from the cache"}}},"smoke":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["readyAfterMs","inferMs","outputs"],"properties":{"readyAfterMs":{"type":"integer","minimum":0},"inferMs":{"type":"integer","minimum":0},"outputs":{"type":"array","items":{"type":"string"},"description":"name DATATYPE[shape] of each output answered"}}}]},"model":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["file","sha256","format","inputs","outputs"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"format":{"type":"string"},"inputs":{"type":"array","items":{"$ref":"#/$defs/tensor"}},"outputs":{"type":"array","items":{"$ref":"#/$defs/tensor"}}}}]},"labels":{"type":"object","additionalProperties":{"type":"string"}}}}');
// EXTERNAL MODULE: ./packages/report/src/index.ts + 18 modules
var report_src = __webpack_require__(37611);
;// CONCATENATED MODULE: ./actions/package-image/src/report.ts
/** The package-image report: verdict, where the image is, how it was built and smoke-tested, its labels. */

function renderReport(p) {
    const rows = [
        ['Image', `\`${(0,report_src/* escapeCell */.kq)(p.image)}\``],
        ['Tags', p.tags.map((t) => `\`${(0,report_src/* escapeCell */.kq)(t)}\``).join(', ')],
        ['Size', `${(p.sizeBytes / 1e6).toFixed(1)} MB`],
        ['Build', `${(p.build.durationMs / 1000).toFixed(1)} s, ${p.build.cachedSteps} of ${p.build.steps} steps from cache`],
        ['Smoke test', p.smoke ? `passed: ready in ${(p.smoke.readyAfterMs / 1000).toFixed(1)} s, answered in ${p.smoke.inferMs} ms (${p.smoke.outputs.map(report_src/* escapeCell */.kq).join(', ') || 'readiness only'})` : 'skipped'],
        ['Pushed', p.pushed ? `yes, \`${p.digest}\`` : 'no'],
    ];
    if (p.model)
        rows.push(['Model', `\`${(0,report_src/* escapeCell */.kq)(p.model.file)}\` (${p.model.format}, sha256 \`${p.model.sha256.slice(0, 12)}\`)`]);
    const comment = [(0,report_src/* verdict */.WJ)(true, `${p.pushed ? 'Pushed' : 'Built'} ${p.repository}`), '', (0,report_src/* markdownTable */.Qj)(['', ''], rows)].join('\n');
    const labels = (0,report_src/* markdownTable */.Qj)(['Label', 'Value'], Object.entries(p.labels).sort().map(([k, v]) => [`\`${(0,report_src/* escapeCell */.kq)(k)}\``, (0,report_src/* escapeCell */.kq)(v)]));
    const rebuilt = p.build.rebuiltSteps.length > 0 ? p.build.rebuiltSteps.map((s) => `- \`${s.slice(0, 120)}\``).join('\n') : '(everything from cache)';
    return { comment, details: [comment, '', (0,report_src/* details */.zH)('Labels', labels), '', (0,report_src/* details */.zH)('Steps the engine ran (not from cache)', rebuilt)].join('\n') };
}

;// CONCATENATED MODULE: ./actions/package-image/src/package-image.ts
/**
 * package-image: model file -> served, smoke-tested, labelled container image (pushed when asked).
 * The engine is @mlci/docker's packageModel; this adapter reads inputs, finds the server bundle and the ONNX
 * runtime's natives, works out tags and lineage from the GitHub context, and reports.
 *
 * Where the image's parts come from at run time:
 *   - the server bundle: dist/serve/index.js beside this action's bundle (dist/package-image/index.js), which
 *     `npm run bundle` emits (ncc of packages/serve/src/main.ts, onnxruntime-node external); MLCI_SERVE_BUNDLE
 *     overrides it.
 *   - onnxruntime-node (JS and the target platform's native files): input `onnxruntime-dir`, else
 *     node_modules/onnxruntime-node of the action's repository, else of the workspace.
 */










const definition = {
    name: 'package-image',
    payloadSchema: package_image_schema_namespaceObject,
    async readInputs(input, context) {
        const flavor = input.choice('flavor', ['onnx', 'dockerfile']);
        const model = input.optionalFile('model');
        if (flavor === 'onnx' && !model)
            throw new src/* UserError */.yo("Input 'model' is required for the onnx flavor: the ONNX file to serve.");
        const repository = input.string('image');
        const ref = (0,docker_src/* parseImageReference */.o_)(repository, "input 'image'");
        if (ref.tag || ref.digest)
            throw new src/* UserError */.yo(`Input 'image' must be a repository without tag or digest, e.g. ${ref.repository}; put tags in 'tags'.`);
        let contextDir;
        if (flavor === 'dockerfile') {
            const given = input.optionalString('context');
            if (!given)
                throw new src/* UserError */.yo("Input 'context' is required for the dockerfile flavor: the build context directory.");
            contextDir = input.resolve(given);
            if (!(0,external_node_fs_.existsSync)(contextDir))
                throw new src/* UserError */.yo(`Input 'context': directory '${given}' does not exist.`);
        }
        const username = input.optionalString('registry-username');
        const password = input.optionalString('registry-password');
        if (password)
            core/* setSecret */.Pq(password);
        if (Boolean(username) !== Boolean(password))
            throw new src/* UserError */.yo("Give both 'registry-username' and 'registry-password', or neither.");
        const registry = input.optionalString('registry');
        if (registry && registry !== ref.registry)
            throw new src/* UserError */.yo(`Input 'registry' is ${registry} but 'image' is in ${ref.registry}; they must agree.`);
        const defaultName = model ? external_node_path_default().basename(model, external_node_path_default().extname(model)) : ref.path.split('/').pop();
        const tags = input.list('tags');
        if (tags.length === 0) {
            const sha = context.github.sha;
            if (!sha)
                throw new src/* UserError */.yo("Input 'tags' is empty and there is no commit sha (GITHUB_SHA) to tag with.");
            tags.push(sha.slice(0, 7));
            if (context.github.isDefaultBranchPush)
                tags.push('latest');
        }
        for (const tag of tags)
            (0,docker_src/* parseImageReference */.o_)(`${ref.repository}:${tag}`, `tag '${tag}' in input 'tags'`);
        const sample = input.yamlOrFile('sample-request');
        return {
            flavor,
            model,
            modelName: input.optionalString('model-name') ?? defaultName,
            context: contextDir,
            dockerfile: input.optionalString('dockerfile') ?? 'Dockerfile',
            repository: ref.repository,
            tags,
            baseImage: input.optionalString('base-image') ?? 'node:24-slim',
            push: input.boolean('push'),
            credentials: username && password ? { username, password } : undefined,
            labels: keyValues(input.optionalString('labels'), 'labels'),
            buildArgs: keyValues(input.optionalString('build-args'), 'build-args'),
            dockerHost: input.optionalString('docker-host'),
            smokeTest: input.boolean('smoke-test', true),
            smokeTimeoutMs: input.number('smoke-timeout', { min: 1, fallback: 60 }) * 1000,
            sampleRequest: sample?.value,
            onnxruntimeDir: input.optionalString('onnxruntime-dir'),
        };
    },
    async run(inputs, context) {
        const { docker, publishedHost } = (0,docker_src/* connectDocker */.Z8)(inputs.dockerHost);
        const here = bundleDirectory();
        const serverBundle = process.env.MLCI_SERVE_BUNDLE ?? external_node_path_default().join(here, '..', 'serve', 'index.js');
        const runtimeDir = inputs.onnxruntimeDir
            ? external_node_path_default().resolve(context.workspace, inputs.onnxruntimeDir)
            : (0,onnxruntime/* findOnnxRuntimeDir */.IM)(context.workspace);
        const github = context.github;
        const ownResult = external_node_path_default().resolve(context.resultDir, 'package-image.json');
        const resultFiles = (0,external_node_fs_.existsSync)(context.resultDir)
            ? (0,external_node_fs_.readdirSync)(context.resultDir).filter((f) => f.endsWith('.json')).map((f) => external_node_path_default().join(context.resultDir, f)).filter((f) => f !== ownResult)
            : [];
        const result = await context.log.group(`Packaging ${inputs.repository}`, () => (0,docker_src/* packageModel */.gR)({
            docker,
            publishedHost,
            flavor: inputs.flavor,
            model: inputs.model,
            modelName: inputs.modelName,
            contextDir: inputs.context,
            dockerfile: inputs.dockerfile,
            repository: inputs.repository,
            tags: inputs.tags,
            baseImage: inputs.baseImage,
            labels: inputs.labels,
            buildArgs: inputs.buildArgs,
            serverBundle,
            runtimeDir,
            smokeTest: inputs.smokeTest,
            sampleRequest: inputs.sampleRequest,
            smokeTimeoutMs: inputs.smokeTimeoutMs,
            push: inputs.push,
            credentials: inputs.credentials,
            lineage: {
                revision: github.sha || undefined,
                source: github.repository ? `${github.serverUrl}/${github.repository}` : undefined,
                created: commitTime(context.workspace, github.sha, github.payload),
                version: inputs.tags[0],
                resultFiles,
                repositoryDir: context.workspace,
            },
            log: (line) => context.log.info(line),
        }));
        const payload = {
            flavor: inputs.flavor,
            repository: inputs.repository,
            image: result.image,
            digest: result.digest ?? null,
            imageId: result.imageId,
            tags: result.tags,
            pushed: result.pushed,
            sizeBytes: result.sizeBytes,
            build: { durationMs: Math.round(result.build.durationMs), steps: result.build.steps, cachedSteps: result.build.cachedSteps, rebuiltSteps: result.build.rebuiltSteps },
            smoke: result.smoke ? { readyAfterMs: Math.round(result.smoke.readyAfterMs), inferMs: Math.round(result.smoke.inferMs), outputs: result.smoke.outputs } : null,
            model: result.model
                ? { file: external_node_path_default().relative(context.workspace, result.model.file), sha256: result.model.sha256, format: result.model.format, inputs: result.model.info?.inputs ?? [], outputs: result.model.info?.outputs ?? [] }
                : null,
            labels: result.labels,
        };
        return {
            passed: true,
            headline: `${result.pushed ? 'Pushed' : 'Built'} ${result.image} (${(result.sizeBytes / 1e6).toFixed(1)} MB)${result.smoke ? ', smoke test passed' : ''}`,
            payload,
            outputs: { image: result.image, digest: result.digest ?? '', tags: result.tags.join(','), 'size-bytes': result.sizeBytes },
            report: renderReport(payload),
        };
    },
};
/** KEY=VALUE lines (or comma-separated) into an object; a line without '=' is the user's mistake. */
function keyValues(text, name) {
    const out = {};
    for (const [i, raw] of (text ?? '').split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new src/* UserError */.yo(`Input '${name}', line ${i + 1}: '${line}' is not KEY=VALUE.`);
        out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}
/** The folder of the running bundle (dist/package-image), or of this source file when run unbundled. */
function bundleDirectory() {
    return external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
}
/**
 * The commit's time (ISO 8601) for org.opencontainers.image.created, so labels do not change between rebuilds of
 * one commit: `git log` in the workspace, else the push event's head_commit timestamp; undefined when neither.
 */
function commitTime(workspace, sha, payload) {
    if (sha) {
        try {
            const out = (0,external_node_child_process_.execFileSync)('git', ['log', '-1', '--format=%cI', sha], { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
            if (out)
                return new Date(out).toISOString();
        }
        catch {
            // not a git checkout, or the commit is not in it (shallow clone of another ref)
        }
    }
    const stamp = payload.head_commit?.timestamp;
    return stamp ? new Date(stamp).toISOString() : undefined;
}


/***/ })

};
