export const id = 506;
export const ids = [506];
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

/***/ 49506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 5 modules
var src = __webpack_require__(6570);
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 19 modules
var metrics_src = __webpack_require__(82118);
// EXTERNAL MODULE: ./actions/common/src/index.ts + 5 modules
var common_src = __webpack_require__(11710);
;// CONCATENATED MODULE: ./schemas/model-eval.schema.json
const model_eval_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlci.dev/schemas/model-eval.schema.json","title":"model-eval payload","type":"object","additionalProperties":false,"required":["mode","source","model","task","rows","classes","positiveLabel","confidence","bootstrapSamples","seed","metrics","intervals","baseline","comparisons","mcnemar","delong","confusion","slices","gates","noGates","passed","failed","warnings"],"$defs":{"metricValues":{"type":"object","description":"metric name -> value; null when the metric is undefined for the data (e.g. ROC AUC with one class)","additionalProperties":{"type":["number","null"]}},"label":{"type":["string","number","boolean"]}},"properties":{"mode":{"enum":["predictions","onnx"]},"source":{"type":"string","description":"the predictions file, or the data file scored in ONNX mode"},"model":{"type":["string","null"],"description":"the ONNX model in ONNX mode"},"task":{"enum":["binary","multiclass","regression"]},"rows":{"type":"integer","minimum":0},"classes":{"type":"array","items":{"$ref":"#/$defs/label"},"description":"in scikit-learn\'s sorted order; empty for regression"},"positiveLabel":{"anyOf":[{"$ref":"#/$defs/label"},{"type":"null"}]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"bootstrapSamples":{"type":"integer","minimum":0},"seed":{"type":"integer","minimum":0},"metrics":{"$ref":"#/$defs/metricValues"},"intervals":{"type":"object","description":"percentile bootstrap interval and standard error of each metric","additionalProperties":{"type":"object","additionalProperties":false,"required":["low","high","standardError"],"properties":{"low":{"type":["number","null"]},"high":{"type":["number","null"]},"standardError":{"type":["number","null"]}}}},"baseline":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["source","kind","metrics"],"properties":{"source":{"type":"string"},"kind":{"enum":["paired","result-file"]},"metrics":{"$ref":"#/$defs/metricValues"}}}]},"comparisons":{"type":"object","description":"candidate - baseline per metric","additionalProperties":{"type":"object","additionalProperties":false,"required":["baseline","delta","low","high","method","pValue","significant"],"properties":{"baseline":{"type":["number","null"]},"delta":{"type":["number","null"]},"low":{"type":["number","null"]},"high":{"type":["number","null"]},"method":{"type":"string"},"pValue":{"type":["number","null"],"minimum":0,"maximum":1},"significant":{"type":"boolean"}}}},"mcnemar":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["candidateOnly","baselineOnly","pValue"],"properties":{"candidateOnly":{"type":"integer","minimum":0},"baselineOnly":{"type":"integer","minimum":0},"pValue":{"type":"number","minimum":0,"maximum":1}}}]},"delong":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["candidate","baseline","delta","standardError","z","pValue","low","high"],"properties":{"candidate":{"type":["number","null"]},"baseline":{"type":["number","null"]},"delta":{"type":["number","null"]},"standardError":{"type":["number","null"]},"z":{"type":["number","null"]},"pValue":{"type":["number","null"]},"low":{"type":["number","null"]},"high":{"type":["number","null"]}}}]},"confusion":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["labels","matrix","baseline"],"properties":{"labels":{"type":"array","items":{"$ref":"#/$defs/label"}},"matrix":{"type":"array","items":{"type":"array","items":{"type":"number","minimum":0}}},"baseline":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"array","items":{"type":"number","minimum":0}}}]}}}]},"slices":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["column","value","rows","eligible","metrics","baseline"],"properties":{"column":{"type":"string"},"value":{"type":"string"},"rows":{"type":"integer","minimum":0},"eligible":{"type":"boolean","description":"rows >= min-slice-size"},"metrics":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/metricValues"}]},"baseline":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/metricValues"}]}}}},"gates":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["metric","check","status","message"],"properties":{"metric":{"type":"string"},"check":{"enum":["value","max-drop","max-relative-drop","require-significant-improvement"]},"status":{"enum":["pass","fail","warn","no-baseline"]},"message":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer"},"column":{"type":"integer"}}}},"noGates":{"type":"boolean","description":"no thresholds were given: nothing was checked"},"passed":{"type":"boolean"},"failed":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0}}}');
// EXTERNAL MODULE: ./packages/data/src/index.ts + 34 modules
var data_src = __webpack_require__(73232);
;// CONCATENATED MODULE: ./actions/model-eval/src/column-builder.ts

/** Codes are bytes: a column with more distinct strings is kept as values. */
const MAX_CODES = 255;
/** Values of one typed form: in the reserved array, or (past its end) in pieces joined once at the end. */
class TypedStore {
    make;
    reserved;
    pieces = [];
    length = 0;
    constructor(make, capacity) {
        this.make = make;
        if (capacity > 0)
            this.reserved = make(capacity);
    }
    /** The first `count` values (converted by the typed-array copy). */
    push(values, count) {
        const reserved = this.reserved;
        const part = values.subarray(0, count);
        if (reserved && this.length + count <= reserved.length) {
            reserved.set(part, this.length);
        }
        else {
            if (reserved) {
                this.pieces.push(reserved.subarray(0, this.length));
                this.reserved = undefined;
            }
            const piece = this.make(count);
            piece.set(part);
            this.pieces.push(piece);
        }
        this.length += count;
    }
    finish() {
        if (this.reserved)
            return this.reserved.subarray(0, this.length);
        const out = this.make(this.length);
        let at = 0;
        for (const piece of this.pieces) {
            out.set(piece, at);
            at += piece.length;
        }
        return out;
    }
}
class ColumnBuilder {
    bytes;
    numbers;
    codes;
    /** With `codes`: the distinct strings in order of first appearance, and their codes. */
    labels = [];
    codeOf = new Map();
    values;
    length = 0;
    capacity;
    /** `leadingNulls`: rows read before the column appeared (JSON keys seen late); `capacity`: 0 when unknown. */
    constructor(leadingNulls, capacity) {
        this.capacity = capacity;
        if (leadingNulls > 0) {
            this.values = new Array(leadingNulls).fill(null);
            this.length = leadingNulls;
        }
        else {
            this.bytes = new TypedStore((n) => new Uint8Array(n), capacity);
        }
    }
    /** The first `count` rows of a column batch's view. */
    pushView(view, count) {
        if (!this.values) {
            const kinds = view.kinds;
            let i = 0;
            const kind = count > 0 ? kinds[0] : data_src/* NUMBER */.uk;
            while (i < count && kinds[i] === kind)
                i++;
            if (i === count && kind === data_src/* NUMBER */.uk && !this.codes) {
                this.pushNumbers(view.numbers, count);
                return;
            }
            if (i === count && kind === data_src/* TEXT */.a$ && this.pushCodes(view, count))
                return;
            this.toValues();
        }
        for (let i = 0; i < count; i++)
            this.values.push(view.value(i));
        this.length += count;
    }
    /** Column j of a batch of rows (formats read row by row). */
    pushColumn(rows, j) {
        if (!this.values) {
            const numbers = new Float64Array(rows.length);
            let i = 0;
            for (; i < rows.length; i++) {
                const v = rows[i][j];
                if (typeof v !== 'number')
                    break;
                numbers[i] = v;
            }
            if (i === rows.length) {
                this.pushNumbers(numbers, rows.length);
                return;
            }
            this.toValues();
        }
        for (const row of rows)
            this.values.push(j < row.length ? row[j] : null);
        this.length += rows.length;
    }
    /** A batch of text as codes; false when the column cannot be (or stay) coded. */
    pushCodes(view, count) {
        if (this.numbers || (this.bytes && this.length > 0))
            return false;
        // The batch's own codes (per-batch dictionary) to the column's: one lookup per distinct string.
        const translate = new Uint8Array(view.size);
        for (let c = 0; c < view.size; c++) {
            const text = view.text(c);
            let code = this.codeOf.get(text);
            if (code === undefined) {
                if (this.labels.length === MAX_CODES)
                    return false;
                code = this.labels.length;
                this.labels.push(text);
                this.codeOf.set(text, code);
            }
            translate[c] = code;
        }
        if (!this.codes) {
            this.codes = this.bytes;
            this.bytes = undefined;
        }
        const batch = view.codes;
        const mapped = new Uint8Array(count);
        for (let i = 0; i < count; i++)
            mapped[i] = translate[batch[i]];
        this.codes.push(mapped, count);
        this.length += count;
        return true;
    }
    pushNumbers(numbers, count) {
        if (this.bytes) {
            let i = 0;
            // An integer 0..255 that is not -0 (the byte would lose the sign).
            while (i < count && numbers[i] === (numbers[i] & 255) && (numbers[i] !== 0 || 1 / numbers[i] > 0))
                i++;
            if (i === count) {
                this.bytes.push(numbers, count);
                this.length += count;
                return;
            }
            this.numbers = new TypedStore((n) => new Float64Array(n), this.capacity);
            const bytes = this.bytes.finish();
            this.numbers.push(bytes, bytes.length);
            this.bytes = undefined;
        }
        this.numbers.push(numbers, count);
        this.length += count;
    }
    toValues() {
        if (this.codes) {
            const labels = this.labels;
            this.values = Array.from(this.codes.finish(), (code) => labels[code]);
        }
        else {
            const typed = this.bytes ? this.bytes.finish() : this.numbers.finish();
            this.values = Array.from(typed);
        }
        this.bytes = undefined;
        this.numbers = undefined;
        this.codes = undefined;
    }
    finish() {
        if (this.codes)
            return { codes: this.codes.finish(), labels: this.labels };
        return this.bytes ? this.bytes.finish() : this.numbers ? this.numbers.finish() : this.values;
    }
}

;// CONCATENATED MODULE: ./actions/model-eval/src/load.ts
/**
 * Reading the evaluation's files: a predictions (or data) file into a column Table with @mlci/data's readers,
 * and an earlier model-eval result file used as a baseline.
 *
 * CSV and TSV come as column batches (numbers parsed from the bytes in place, strings interned per batch), so
 * a numeric column goes straight into a typed array with no value per cell; other formats come as rows.
 */






/** A path for messages: relative to the working directory (the workspace on a runner) when inside it. */
function shownPath(file) {
    const relative = external_node_path_default().relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : file;
}
/**
 * The rows of the file as columns, keeping only the columns `wanted` accepts (all when absent): small
 * integers as a Uint8Array, numbers as a Float64Array, few strings as codes, other values as an array (see
 * column-builder.ts).
 */
async function readTable(file, wanted) {
    const shown = shownPath(file);
    let names = [];
    const builders = [];
    let rows = 0;
    const plainText = /\.(csv|tsv)$/i.test(file);
    for await (const batch of (0,data_src/* readBatches */.Pu)(shown)) {
        if (batch.columns.length > builders.length) {
            // A row of an uncompressed CSV/TSV takes at least one byte per column (its delimiters and line feed):
            // that bounds the rows, so each numeric column is filled in place, in memory reserved once.
            const capacity = plainText ? Math.min(Math.ceil((0,external_node_fs_.statSync)(file).size / batch.columns.length) + 1, MAX_RESERVED) : 0;
            // JSON sources may reveal new keys later: earlier rows lack them (null).
            for (let j = builders.length; j < batch.columns.length; j++) {
                const keep = !wanted || wanted(batch.columns[j]);
                builders.push(keep ? new ColumnBuilder(rows, capacity) : undefined);
            }
            names = batch.columns;
        }
        if ((0,data_src/* isColumnBatch */.Z8)(batch)) {
            for (let j = 0; j < builders.length; j++)
                builders[j]?.pushView(batch.views[j], batch.length);
            rows += batch.length;
            continue;
        }
        for (let j = 0; j < builders.length; j++) {
            const builder = builders[j];
            if (builder)
                builder.pushColumn(batch.rows, j);
        }
        rows += batch.rows.length;
    }
    if (rows === 0)
        throw new src/* UserError */.yo(`${shown} has no data rows`, { file: shown });
    const byName = new Map();
    const codedByName = new Map();
    names.forEach((name, j) => {
        const column = builders[j]?.finish();
        if (column && (0,metrics_src/* isCoded */.eY)(column))
            codedByName.set(name, column);
        else if (column)
            byName.set(name, column);
    });
    return {
        source: shown, rows, names,
        // A coded column becomes one string per row only for a reader that asks for its values (then kept).
        column: (name) => {
            const coded = codedByName.get(name);
            if (coded && !byName.has(name))
                byName.set(name, Array.from(coded.codes, (code) => coded.labels[code]));
            return byName.get(name);
        },
        coded: (name) => codedByName.get(name),
    };
}
/** At most this many values are reserved per column up front (see column-builder.ts). */
const MAX_RESERVED = 1 << 28;
/** An earlier model-eval result file (the envelope runAction writes), or undefined if the file is not one. */
function readStoredResult(file) {
    if (!file.toLowerCase().endsWith('.json'))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    const envelope = parsed;
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope) || envelope.action === undefined)
        return undefined;
    const shown = shownPath(file);
    if (envelope.action !== 'model-eval' || !envelope.payload?.metrics || !envelope.payload.intervals || !envelope.payload.task) {
        throw new src/* UserError */.yo(`baseline ${shown} is a result file of '${String(envelope.action)}', not of model-eval; give a model-eval result file or a predictions file`, { file: shown });
    }
    return { source: shown, task: envelope.payload.task, metrics: envelope.payload.metrics, intervals: envelope.payload.intervals };
}

// EXTERNAL MODULE: ./actions/common/src/onnxruntime.ts
var onnxruntime = __webpack_require__(99922);
;// CONCATENATED MODULE: ./actions/model-eval/src/onnx.ts
/**
 * The ONNX mode: score a data file with an ONNX model (onnxruntime-node, CPU) and hand the scores to the same
 * evaluation as the predictions mode.
 *
 * The model takes one float tensor [rows, features] (the feature columns in the order given) and its first
 * float output is read as scores: [rows] or [rows, 1] = P(positive) of a binary model; [rows, k] = one
 * probability per class in sorted class order (as scikit-learn's predict_proba). Models whose outputs are
 * sequences of maps (skl2onnx's ZipMap) need `zipmap=False` when converted.
 */



const CHUNK_ROWS = 65_536;
async function scoreWithOnnx(modelFile, shownModel, data, featureColumns, workspace) {
    if (featureColumns.length === 0)
        throw new src/* UserError */.yo('feature-columns: list the model\'s input columns in order (the ONNX mode needs them)');
    const ort = await (0,onnxruntime/* importOnnxRuntime */.LF)(workspace);
    let session;
    try {
        session = await ort.InferenceSession.create(modelFile);
    }
    catch (error) {
        throw new src/* UserError */.yo(`model: ${shownModel} is not a loadable ONNX model: ${error.message.split('\n')[0]}`, { file: shownModel });
    }
    if (session.inputNames.length !== 1) {
        throw new src/* UserError */.yo(`model: ${shownModel} has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); the ONNX mode supports models with one [rows, features] float input`, { file: shownModel });
    }
    const features = featureColumns.map((name) => (0,metrics_src/* numericColumn */.UK)(data, name, 'feature-columns'));
    const f = features.length;
    const outputs = [];
    let width = -1;
    for (let start = 0; start < data.rows; start += CHUNK_ROWS) {
        const rows = Math.min(CHUNK_ROWS, data.rows - start);
        const input = new Float32Array(rows * f);
        for (let i = 0; i < rows; i++)
            for (let j = 0; j < f; j++)
                input[i * f + j] = features[j][start + i];
        let result;
        try {
            result = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', input, [rows, f]) });
        }
        catch (error) {
            throw new src/* UserError */.yo(`model: running ${shownModel} on ${f} feature columns failed: ${error.message.split('\n')[0]}`, { file: shownModel });
        }
        const name = session.outputNames.find((n) => result[n]?.type === 'float32' || result[n]?.type === 'float64');
        if (!name)
            throw new src/* UserError */.yo(`model: ${shownModel} has no float tensor output (outputs: ${session.outputNames.join(', ')})`, { file: shownModel });
        const tensor = result[name];
        const k = tensor.dims.length === 1 ? 1 : tensor.dims[1];
        if (tensor.dims.length > 2 || tensor.dims[0] !== rows) {
            throw new src/* UserError */.yo(`model: output '${name}' of ${shownModel} has shape [${tensor.dims.join(', ')}], expected [${rows}] or [${rows}, classes]`, { file: shownModel });
        }
        if (width < 0) {
            width = k;
            for (let c = 0; c < k; c++)
                outputs.push(new Float64Array(data.rows));
        }
        const values = tensor.data;
        for (let i = 0; i < rows; i++)
            for (let c = 0; c < k; c++)
                outputs[c][start + i] = values[i * k + c];
    }
    return outputs;
}
/** The data table with the model's score columns added under the given names. */
function withColumns(table, added) {
    return {
        source: table.source,
        rows: table.rows,
        names: [...table.names, ...Object.keys(added)],
        column: (name) => (Object.hasOwn(added, name) ? added[name] : table.column(name)),
    };
}

// EXTERNAL MODULE: ./packages/report/src/index.ts + 18 modules
var report_src = __webpack_require__(37611);
;// CONCATENATED MODULE: ./actions/model-eval/src/report.ts
/**
 * The model-eval report. PR section: verdict, a loud notice when there are no gates, every metric with its
 * interval, baseline, delta with its interval and test, and the gate marks; a Mermaid chart of candidate vs
 * baseline; the confusion matrix; the worst slices. The job summary adds every gate and every slice.
 */


function headline(p) {
    const what = `${p.task}, ${p.rows.toLocaleString('en-US')} rows`;
    if (p.noGates)
        return `No gates configured: metrics reported, nothing checked (${what})`;
    const passed = p.gates.filter((g) => g.status === 'pass').length;
    const extra = p.warnings > 0 ? `, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}` : '';
    return `${passed} of ${p.gates.length} gates passed${extra} (${what})`;
}
function statusMark(status) {
    return status === 'pass' ? report_src/* PASS_MARK */.Yn : status === 'fail' ? report_src/* FAIL_MARK */.nS : report_src/* WARN_MARK */.j;
}
const n = (x, digits = 4) => (0,report_src/* formatNumber */.ZV)(x ?? null, digits);
/** p-values: 3 significant digits, and "< 0.001" style below, never a misleading "0". */
const pValueText = (p) => (p === 0 ? 'p < 1e-16' : `p = ${p < 0.001 ? p.toExponential(1) : String(Number(p.toPrecision(3)))}`);
const signed = (x) => (x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${(0,report_src/* formatNumber */.ZV)(x)}`);
function metricTable(p, names) {
    const paired = p.baseline !== null;
    const headers = ['metric', 'value', `${Math.round(p.confidence * 100)}% CI`];
    if (paired)
        headers.push('baseline', 'delta', 'delta CI', 'test');
    headers.push('gate');
    const rows = names.map((name) => {
        const interval = p.intervals[name];
        const gates = p.gates.filter((g) => g.metric === name);
        const gateCell = gates.length === 0 ? '' : gates.map((g) => `${statusMark(g.status)} ${g.check}`).join('<br>');
        const row = [`${name}${(0,metrics_src/* higherIsBetter */.i2)(name) ? ' ↑' : ' ↓'}`, n(p.metrics[name]), interval && interval.low !== null ? `${n(interval.low)} – ${n(interval.high)}` : '—'];
        if (paired) {
            const c = p.comparisons[name];
            row.push(n(c?.baseline ?? p.baseline?.metrics[name] ?? null), signed(c?.delta), c && c.low !== null ? `${signed(c.low)} to ${signed(c.high)}${c.significant ? ' *' : ''}` : '—', c ? `${c.method}${c.pValue !== null ? `, ${pValueText(c.pValue)}` : ''}` : '—');
        }
        row.push(gateCell);
        return row;
    });
    return (0,report_src/* markdownTable */.Qj)(headers, rows, { align: headers.map((h, i) => (i === 0 || h === 'gate' || h === 'test' ? 'left' : 'right')) });
}
function confusionTable(p) {
    if (!p.confusion)
        return '';
    const labels = p.confusion.labels.map(String);
    const shown = labels.length > 12 ? 12 : labels.length;
    const rows = p.confusion.matrix.slice(0, shown).map((row, t) => [`**${labels[t]}**`, ...row.slice(0, shown)]);
    const table = (0,report_src/* markdownTable */.Qj)(['true \\ predicted', ...labels.slice(0, shown)], rows);
    return `**Confusion matrix** (rows: true label, columns: predicted${shown < labels.length ? `; first ${shown} of ${labels.length} classes` : ''})\n\n${table}`;
}
function primaryMetric(p) {
    return p.task === 'regression' ? 'rmse' : 'accuracy';
}
function sliceTables(p, all) {
    if (p.slices.length === 0)
        return '';
    const metric = primaryMetric(p);
    const better = (0,metrics_src/* higherIsBetter */.i2)(metric);
    const parts = [];
    for (const column of [...new Set(p.slices.map((s) => s.column))]) {
        const slices = p.slices.filter((s) => s.column === column);
        const scored = slices.filter((s) => s.metrics).sort((a, b) => ((a.metrics[metric] ?? 0) - (b.metrics[metric] ?? 0)) * (better ? 1 : -1));
        const shown = all ? scored : scored.slice(0, 3);
        const worst = scored[0];
        const rows = shown.map((s) => [
            s === worst ? `**${(0,report_src/* escapeCell */.kq)(s.value)}** (worst)` : (0,report_src/* escapeCell */.kq)(s.value), s.rows, n(s.metrics?.[metric]),
            ...(p.baseline?.kind === 'paired' ? [n(s.baseline?.[metric])] : []),
        ]);
        const small = slices.filter((s) => !s.eligible);
        const gap = p.metrics[`${metric}_gap[${column}]`];
        parts.push(`**Slices by \`${(0,report_src/* escapeCell */.kq)(column)}\`** — ${metric} gap (max − min) ${n(gap)}${small.length ? `; ${small.length} slice${small.length === 1 ? '' : 's'} below the minimum size not scored` : ''}\n\n` +
            (0,report_src/* markdownTable */.Qj)(['slice', 'rows', metric, ...(p.baseline?.kind === 'paired' ? [`baseline ${metric}`] : [])], rows, { align: ['left', 'right', 'right', 'right'] }));
    }
    return parts.join('\n\n');
}
function chart(p, names) {
    const bounded = names.filter((m) => p.metrics[m] !== null && !['log_loss', 'mae', 'mse', 'rmse', 'mape', 'max_error', 'median_absolute_error'].includes(m));
    if (bounded.length === 0)
        return '';
    const series = [{ name: 'candidate', values: bounded.map((m) => p.metrics[m] ?? 0) }];
    if (p.baseline)
        series.push({ name: 'baseline', values: bounded.map((m) => p.baseline.metrics[m] ?? 0) });
    return (0,report_src/* barChart */.S9)({ title: p.baseline ? 'candidate vs baseline' : 'candidate', categories: bounded, series, yLabel: 'value' });
}
function renderReport(p) {
    const names = (0,metrics_src/* metricNames */.Zv)(p.task);
    // No gates is not a pass: the headline carries the warning mark, not the check mark.
    const head = [p.noGates ? `**${report_src/* WARN_MARK */.j} ${headline(p)}**` : (0,report_src/* verdict */.WJ)(p.passed, headline(p))];
    if (p.noGates) {
        head.push(`> [!WARNING]\n> **No gates are configured**, so this check cannot fail on model quality. Set \`thresholds\`, e.g. \`accuracy: ">= 0.9"\` or \`roc_auc: { max-drop: 0.01 }\`.`);
    }
    const source = p.mode === 'onnx' ? `model \`${(0,report_src/* escapeCell */.kq)(p.model ?? '')}\` scored on \`${(0,report_src/* escapeCell */.kq)(p.source)}\`` : `\`${(0,report_src/* escapeCell */.kq)(p.source)}\``;
    const against = p.baseline ? ` against baseline \`${(0,report_src/* escapeCell */.kq)(p.baseline.source)}\` (${p.baseline.kind === 'paired' ? 'paired, same rows' : 'earlier result, unpaired'})` : ' — no baseline given, so no deltas';
    head.push(`Evaluated ${source}${against}. Intervals: ${p.bootstrapSamples} bootstrap replicates (seed ${p.seed}); * = significant at ${Math.round(p.confidence * 100)}%.`);
    const failing = p.gates.filter((g) => g.status !== 'pass');
    if (failing.length)
        head.push(failing.map((g) => `- ${statusMark(g.status)} ${(0,report_src/* escapeCell */.kq)(g.message)}`).join('\n'));
    // Slice metrics (gaps, worst slices) join the table when gated; the slice section shows the rest.
    const gated = [...new Set(p.gates.map((g) => g.metric))].filter((m) => !names.includes(m));
    const body = [metricTable(p, [...names, ...gated]), chart(p, names), confusionTable(p), sliceTables(p, false)].filter(Boolean);
    const comment = [...head, ...body].join('\n\n');
    const gateTable = p.gates.length === 0 ? '' : (0,report_src/* markdownTable */.Qj)(['', 'metric', 'check', 'result', 'where'], p.gates.map((g) => [statusMark(g.status), g.metric, g.check, g.message, g.line ? `${g.file ?? 'thresholds'}:${g.line}` : '']));
    const detailsParts = [...head, ...body.slice(0, 3), gateTable && (0,report_src/* details */.zH)('All gates', gateTable, { open: true }), p.slices.length ? (0,report_src/* details */.zH)('All slices', sliceTables(p, true)) : '']
        .filter(Boolean);
    return { comment, details: detailsParts.join('\n\n') };
}

;// CONCATENATED MODULE: ./actions/model-eval/src/model-eval.ts
/**
 * model-eval: is this model good enough, and better than the baseline? Exact metrics (scikit-learn semantics),
 * confidence intervals, paired significance against a baseline, slices, and gates — see @mlci/metrics.
 *
 * Two modes: `predictions` (a file with the label, the predicted label and/or scores), or `model` (ONNX) +
 * `data` + `feature-columns`, where the action scores the data itself.
 */









/** Inline YAML, or the path of a YAML file (a single line naming an existing file). */
function readThresholds(input) {
    const text = input.optionalString('thresholds');
    if (text === undefined)
        return [];
    if (!text.includes('\n') && !text.includes(':') && !text.trim().startsWith('{')) {
        const file = input.resolve(text);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new src/* UserError */.yo(`thresholds: file ${text} not found (give inline YAML such as 'accuracy: ">= 0.9"' or a path to a YAML file)`);
        return (0,metrics_src/* parseThresholds */.S)((0,external_node_fs_.readFileSync)(file, 'utf8'), text);
    }
    return (0,metrics_src/* parseThresholds */.S)(text);
}
const definition = {
    name: 'model-eval',
    payloadSchema: model_eval_schema_namespaceObject,
    readInputs(input) {
        const predictions = input.optionalFile('predictions');
        const model = input.optionalFile('model');
        const data = input.optionalFile('data');
        if (predictions && model)
            throw new src/* UserError */.yo("Give either 'predictions' or 'model' (with 'data'), not both.");
        if (!predictions && !model)
            throw new src/* UserError */.yo("Input 'predictions' is required (or 'model' with 'data' and 'feature-columns' to score the data with an ONNX model).");
        if (model && !data)
            throw new src/* UserError */.yo("Input 'data' is required with 'model': the rows to score and evaluate.");
        const bootstrapSamples = input.number('bootstrap-samples', { min: 0, max: 100_000, integer: true, fallback: 1000 });
        return {
            predictions,
            model,
            data,
            featureColumns: input.list('feature-columns'),
            labelColumn: input.optionalString('label-column') ?? 'label',
            idColumn: input.optionalString('id-column'),
            predictionColumn: input.optionalString('prediction-column') ?? 'prediction',
            scoreColumns: input.list('score-columns'),
            task: input.choice('task', ['auto', 'binary', 'multiclass', 'regression']),
            positiveLabel: input.optionalString('positive-label'),
            gates: readThresholds(input),
            baselineAuto: input.optionalString('baseline')?.toLowerCase() === 'auto',
            baseline: input.optionalString('baseline')?.toLowerCase() === 'auto' ? undefined : input.optionalFile('baseline'),
            sliceColumns: input.list('slice-columns'),
            minSliceSize: input.number('min-slice-size', { min: 1, integer: true, fallback: 30 }),
            confidence: input.number('confidence', { min: 0.5, max: 0.9999, fallback: 0.95 }),
            bootstrapSamples,
            seed: input.number('seed', { min: 0, max: 4294967295, integer: true, fallback: 0 }),
        };
    },
    async run(inputs, context) {
        // Read only the columns the evaluation uses: the readers' rows are large, the columns small.
        const named = new Set([inputs.labelColumn, inputs.predictionColumn, ...inputs.scoreColumns, ...inputs.sliceColumns, ...inputs.featureColumns, ...(inputs.idColumn ? [inputs.idColumn] : [])]);
        const prefixes = inputs.scoreColumns.filter((c) => c.endsWith('*')).map((c) => c.slice(0, -1));
        const wanted = (column) => named.has(column) || prefixes.some((prefix) => column.startsWith(prefix));
        let table;
        let scoreColumns = inputs.scoreColumns;
        if (inputs.model) {
            const dataTable = await readTable(inputs.data, wanted);
            const scores = await context.log.group('Scoring the data with the ONNX model', () => scoreWithOnnx(inputs.model, shownPath(inputs.model), dataTable, inputs.featureColumns, context.workspace));
            const names = scores.map((_, c) => `__onnx_score_${c}`);
            table = withColumns(dataTable, Object.fromEntries(names.map((n, c) => [n, scores[c]])));
            scoreColumns = names;
        }
        else {
            table = await readTable(inputs.predictions, wanted);
        }
        let baseline;
        if (inputs.baseline)
            baseline = readStoredResult(inputs.baseline) ?? (await readTable(inputs.baseline, wanted));
        const evaluationColumns = { labelColumn: inputs.labelColumn, idColumn: inputs.idColumn, columns: [inputs.predictionColumn, ...scoreColumns, ...inputs.sliceColumns] };
        let noBaselineYet;
        if (inputs.baselineAuto) {
            const auto = await (0,common_src/* restoreEvaluationBaseline */.Hv)(context, table, evaluationColumns);
            if (auto.baseline)
                baseline = auto.baseline;
            else
                noBaselineYet = auto.reason;
        }
        const evaluation = (0,metrics_src/* evaluate */._3)(table, baseline, {
            task: inputs.task,
            labelColumn: inputs.labelColumn,
            predictionColumn: inputs.predictionColumn,
            scoreColumns,
            positiveLabel: inputs.positiveLabel,
            sliceColumns: inputs.sliceColumns,
            minSliceSize: inputs.minSliceSize,
            confidence: inputs.confidence,
            bootstrapSamples: inputs.bootstrapSamples,
            seed: inputs.seed,
            gates: inputs.gates,
        });
        const payload = {
            mode: inputs.model ? 'onnx' : 'predictions',
            source: table.source,
            model: inputs.model ? shownPath(inputs.model) : null,
            ...evaluation,
        };
        const report = renderReport(payload);
        const annotations = evaluation.gates
            .filter((g) => g.status !== 'pass')
            .map((g) => ({
            level: g.status === 'fail' ? 'error' : 'warning',
            title: `model-eval gate ${g.metric} ${g.check}`,
            message: g.message,
            file: g.file && external_node_path_default().isAbsolute(g.file) ? shownPath(g.file) : g.file,
            line: g.line,
            column: g.column,
        }));
        if (noBaselineYet)
            annotations.push({ level: 'warning', title: 'model-eval baseline', message: noBaselineYet.startsWith('no baseline yet') ? noBaselineYet : `no baseline yet (${noBaselineYet})`, file: undefined, line: undefined, column: undefined });
        if (evaluation.noGates)
            annotations.push({ level: 'warning', title: 'model-eval', message: 'No gates configured (thresholds is empty): the metrics were reported but nothing was checked.', file: undefined, line: undefined, column: undefined });
        return {
            passed: evaluation.passed,
            warnings: evaluation.warnings,
            headline: headline(payload),
            payload,
            outputs: { metrics: evaluation.metrics, task: evaluation.task },
            report,
            annotations,
            baseline: { files: (0,common_src/* savedPredictionsFor */.bP)(context, table, evaluationColumns) },
        };
    },
};


/***/ })

};
