export const id = 485;
export const ids = [485];
export const modules = {

/***/ 96485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderKubernetes: () => (/* binding */ renderKubernetes),
/* harmony export */   writeManifests: () => (/* binding */ writeManifests)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var kubernetes_models_apps_v1_Deployment__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23519);
/* harmony import */ var kubernetes_models_v1_Service__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30051);
/* harmony import */ var kubernetes_models_v1_Container__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27807);
/* harmony import */ var _kubernetes_models_apimachinery_apis_meta_v1_ObjectMeta__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7295);
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84618);
/**
 * The `kubernetes` target, rendering half: a Deployment + Service (or a KServe InferenceService speaking the
 * Open Inference Protocol, v2) with readiness/liveness probes on the OIP health paths, validated against the
 * Kubernetes OpenAPI schemas (npm `kubernetes-models`, generated from the upstream OpenAPI document) and written
 * as YAML for GitOps. Applying them to a cluster is kubernetes-apply.ts.
 *
 * Zero-downtime choices: RollingUpdate with maxUnavailable 0 / maxSurge 1 (an old pod only goes once a new one
 * is Ready), progressDeadlineSeconds = the deploy timeout (so a stuck rollout reports ProgressDeadlineExceeded),
 * and a preStop pause so endpoints drop the pod before it gets SIGTERM.
 */








/** DNS-1035 label: what Service and InferenceService names must be. */
const DNS_1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
function renderKubernetes(options) {
    const o = {
        containerPort: 8080, replicas: 1, env: {}, healthPath: '/v2/health/ready', livePath: '/v2/health/live',
        timeoutSeconds: 300, kserve: false, modelFormat: 'onnx', ...options,
    };
    if (!DNS_1035.test(o.name)) {
        throw new _mlci_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`name '${o.name}' cannot name Kubernetes objects: use at most 63 lowercase letters, digits ` +
            `and '-', starting with a letter and not ending with '-'`);
    }
    const labels = { 'app.kubernetes.io/name': o.name, 'app.kubernetes.io/managed-by': 'mlci' };
    const metadata = (extra = {}) => new _kubernetes_models_apimachinery_apis_meta_v1_ObjectMeta__WEBPACK_IMPORTED_MODULE_4__/* .ObjectMeta */ .L({ name: o.name, namespace: o.namespace, labels: { ...labels, ...extra },
        annotations: { 'mlci.dev/image': o.image } }).toJSON();
    const container = {
        name: o.kserve ? 'kserve-container' : 'model',
        image: o.image,
        ports: [{ name: 'http', containerPort: o.containerPort, protocol: 'TCP' }],
        env: Object.entries({ PORT: String(o.containerPort), ...o.env }).map(([name, value]) => ({ name, value })),
        readinessProbe: { httpGet: { path: o.healthPath, port: o.containerPort }, periodSeconds: 2, failureThreshold: 3 },
        livenessProbe: { httpGet: { path: o.livePath, port: o.containerPort }, periodSeconds: 10, failureThreshold: 3,
            initialDelaySeconds: 10 },
        lifecycle: { preStop: { sleep: { seconds: 5 } } },
    };
    validate(new kubernetes_models_v1_Container__WEBPACK_IMPORTED_MODULE_5__/* .Container */ .m(container), 'Container');
    if (o.kserve) {
        // KServe v1beta1: predictor.model is a ModelSpec, which inlines a core/v1 Container (so `image`, probes and
        // env override the runtime's container) next to modelFormat and protocolVersion.
        const inferenceService = {
            apiVersion: 'serving.kserve.io/v1beta1',
            kind: 'InferenceService',
            metadata: metadata(),
            spec: {
                predictor: {
                    minReplicas: o.replicas,
                    model: { modelFormat: { name: o.modelFormat }, protocolVersion: 'v2', ...container },
                },
            },
        };
        return [{ kind: 'InferenceService', name: o.name, file: `${o.name}.inferenceservice.yaml`, object: inferenceService }];
    }
    const deployment = new kubernetes_models_apps_v1_Deployment__WEBPACK_IMPORTED_MODULE_6__/* .Deployment */ .S({
        metadata: metadata(),
        spec: {
            replicas: o.replicas,
            selector: { matchLabels: { 'app.kubernetes.io/name': o.name } },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            progressDeadlineSeconds: o.timeoutSeconds,
            minReadySeconds: 5,
            revisionHistoryLimit: 5,
            template: {
                metadata: { labels },
                spec: { containers: [container], terminationGracePeriodSeconds: 30 },
            },
        },
    });
    const service = new kubernetes_models_v1_Service__WEBPACK_IMPORTED_MODULE_7__/* .Service */ .k({
        metadata: metadata(),
        spec: {
            type: 'ClusterIP',
            selector: { 'app.kubernetes.io/name': o.name },
            ports: [{ name: 'http', port: o.port, targetPort: 'http', protocol: 'TCP' }],
        },
    });
    validate(deployment, 'Deployment');
    validate(service, 'Service');
    return [
        { kind: 'Deployment', name: o.name, file: `${o.name}.deployment.yaml`, object: deployment.toJSON() },
        { kind: 'Service', name: o.name, file: `${o.name}.service.yaml`, object: service.toJSON() },
    ];
}
function validate(model, kind) {
    try {
        model.validate();
    }
    catch (error) {
        const details = error.errors;
        const said = details?.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') ?? error.message;
        throw new _mlci_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the rendered ${kind} does not match the Kubernetes schema: ${said}`);
    }
}
/** Writes one YAML file per manifest into `directory` (created); returns the paths written. */
async function writeManifests(manifests, directory) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(directory, { recursive: true });
    const written = [];
    for (const manifest of manifests) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, manifest.file);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `# Rendered by mlci deploy-endpoint; apply with kubectl apply --server-side.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(manifest.object)}`);
        written.push(file);
    }
    return written;
}


/***/ })

};
