/**
 * The model server in-process on a loopback port, with the fixture model (scripts/fixtures/make_models.py) and
 * its known outputs (numpy's, float32): OIP routes, validation errors, metrics, batching, graceful shutdown.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, loadModel, Batcher, parseInferRequest, type RunningServer } from '@mlci/serve';

const MODEL = fileURLToPath(new URL('../fixtures/models/iris-linear.onnx', import.meta.url));
const BROKEN = fileURLToPath(new URL('../fixtures/models/broken.onnx', import.meta.url));
const jsonOf = (response: Response): Promise<any> => response.json();
const expected = JSON.parse(readFileSync(new URL('../fixtures/models/iris-linear.expected.json', import.meta.url), 'utf8')) as {
  input: number[][]; probabilities: number[][]; label: number[];
};

let server: RunningServer;
before(async () => {
  server = await startServer({ modelPath: MODEL, modelName: 'iris', port: 0, host: '127.0.0.1' });
  await server.loaded;
});
after(() => server.close());

const infer = (body: unknown, name = 'iris'): Promise<Response> =>
  fetch(`${server.url}/v2/models/${name}/infer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function assertClose(actual: number[], wanted: number[], tolerance = 1e-6): void {
  assert.equal(actual.length, wanted.length);
  actual.forEach((v, i) => assert.ok(Math.abs(v - wanted[i]) <= tolerance, `index ${i}: ${v} vs ${wanted[i]}`));
}

test('health routes answer live and ready once the model is loaded', async () => {
  assert.equal((await fetch(`${server.url}/v2/health/live`)).status, 200);
  assert.equal((await fetch(`${server.url}/v2/health/ready`)).status, 200);
  assert.deepEqual(await await jsonOf(await fetch(`${server.url}/v2/models/iris/ready`)), { name: 'iris', ready: true });
});

test('model metadata comes from the ONNX graph with -1 for dynamic dims', async () => {
  const metadata = await await jsonOf(await fetch(`${server.url}/v2/models/iris`));
  assert.deepEqual(metadata, {
    name: 'iris', versions: ['1'], platform: 'onnxruntime_onnx',
    inputs: [{ name: 'input', datatype: 'FP32', shape: [-1, 4] }],
    outputs: [{ name: 'probabilities', datatype: 'FP32', shape: [-1, 3] }, { name: 'label', datatype: 'INT64', shape: [-1] }],
  });
});

test('infer returns the outputs numpy computed for the fixture rows', async () => {
  const response = await infer({ id: 'r1', inputs: [{ name: 'input', datatype: 'FP32', shape: [3, 4], data: expected.input }] });
  assert.equal(response.status, 200);
  const body = await jsonOf(response);
  assert.equal(body.id, 'r1');
  assert.equal(body.model_name, 'iris');
  const [probabilities, label] = body.outputs;
  assert.deepEqual([probabilities.name, probabilities.datatype, probabilities.shape], ['probabilities', 'FP32', [3, 3]]);
  assertClose(probabilities.data, expected.probabilities.flat());
  assert.deepEqual(label, { name: 'label', datatype: 'INT64', shape: [3], data: expected.label });
});

test('requested outputs limit the response', async () => {
  const body = await jsonOf(await infer({ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: expected.input[1] }], outputs: [{ name: 'label' }] }));
  assert.deepEqual(body.outputs, [{ name: 'label', datatype: 'INT64', shape: [1], data: [expected.label[1]] }]);
});

test('invalid requests get 400 with a message naming the problem', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [[1, 2], /must be a JSON object/],
    [{ inputs: [] }, /"inputs" must be a non-empty array/],
    [{ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 4], data: [1, 2, 3, 4] }] }, /unknown input 'x'; the model's inputs are: input/],
    [{ inputs: [{ name: 'input', datatype: 'INT32', shape: [1, 4], data: [1, 2, 3, 4] }] }, /input 'input' has datatype INT32; the model expects FP32/],
    [{ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 5], data: [1, 2, 3, 4, 5] }] }, /has shape \[1, 5\]; the model expects \[-1, 4\]/],
    [{ inputs: [{ name: 'input', datatype: 'FP32', shape: [2, 4], data: [1, 2, 3, 4] }] }, /has 4 values; shape \[2, 4\] needs 8/],
    [{ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: [1, 'a', 3, 4] }] }, /value "a" at index 1 is not a valid FP32/],
    [{ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: [1, 2, 3, 4] }], outputs: [{ name: 'nope' }] }, /unknown output 'nope'/],
  ];
  for (const [body, message] of cases) {
    const response = await infer(body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.match((await jsonOf(response)).error, message);
  }
  const notJson = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: '{"inputs": [' });
  assert.equal(notJson.status, 400);
  assert.match((await jsonOf(notJson)).error, /not valid JSON/);
});

test('unknown models and routes are 404 with a JSON error', async () => {
  const wrongModel = await infer({ inputs: [] }, 'other');
  assert.equal(wrongModel.status, 404);
  assert.deepEqual(await jsonOf(wrongModel), { error: "unknown model 'other'; this server serves 'iris'" });
  assert.equal((await fetch(`${server.url}/nope`)).status, 404);
});

test('concurrent HTTP requests each get their own rows back', async () => {
  const responses = await Promise.all(
    Array.from({ length: 30 }, (_, i) => infer({ id: String(i), inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: expected.input[i % 3] }] }).then(jsonOf)),
  );
  responses.forEach((body, i) => {
    assert.equal(body.id, String(i));
    assert.deepEqual(body.outputs[1].data, [expected.label[i % 3]]);
    assertClose(body.outputs[0].data, expected.probabilities[i % 3]);
  });
});

test('requests queued in the same event-loop turn share one model run, split back by rows', async () => {
  const model = await loadModel(MODEL, 'iris');
  const batcher = new Batcher(model);
  const runs: number[] = [];
  batcher.onRun = (n) => runs.push(n);
  const rows = [1, 2, 1, 3];
  const answers = await Promise.all(rows.map((n, k) => {
    const data = Array.from({ length: n }, (_, r) => expected.input[(k + r) % 3]).flat();
    return batcher.infer(parseInferRequest({ inputs: [{ name: 'input', datatype: 'FP32', shape: [n, 4], data }] }, model.metadata));
  }));
  assert.deepEqual(runs, [4]);
  answers.forEach((outputs, k) => {
    assert.deepEqual(outputs[0].shape, [rows[k], 3]);
    assert.deepEqual(outputs[1].data, Array.from({ length: rows[k] }, (_, r) => expected.label[(k + r) % 3]));
  });
  await model.session.release();
});

test('metrics count requests by route and status, errors, and latency buckets', async () => {
  const before = await (await fetch(`${server.url}/metrics`)).text();
  const count = (text: string, pattern: RegExp): number => Number(pattern.exec(text)?.[1] ?? 0);
  await infer({ inputs: [] });
  await infer({ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: [1, 2, 3, 4] }] });
  const afterText = await (await fetch(`${server.url}/metrics`)).text();
  assert.equal(count(afterText, /^mlci_requests_total\{route="infer",code="400"\} (\d+)$/m) - count(before, /^mlci_requests_total\{route="infer",code="400"\} (\d+)$/m), 1);
  assert.equal(count(afterText, /^mlci_requests_total\{route="infer",code="200"\} (\d+)$/m) - count(before, /^mlci_requests_total\{route="infer",code="200"\} (\d+)$/m), 1);
  assert.equal(count(afterText, /^mlci_inference_errors_total\{model="iris"\} (\d+)$/m) - count(before, /^mlci_inference_errors_total\{model="iris"\} (\d+)$/m), 1);
  assert.match(afterText, /^mlci_request_duration_seconds_bucket\{route="infer",le="\+Inf"\} \d+$/m);
  assert.match(afterText, /^# TYPE mlci_request_duration_seconds histogram$/m);
});

test('a broken model never becomes ready and its load error says why', async () => {
  const broken = await startServer({ modelPath: BROKEN, modelName: 'broken', port: 0, host: '127.0.0.1' });
  try {
    await assert.rejects(broken.loaded, /model file .*broken.onnx is not a valid ONNX model/);
    assert.equal((await fetch(`${broken.url}/v2/health/live`)).status, 200);
    assert.equal((await fetch(`${broken.url}/v2/health/ready`)).status, 503);
  } finally {
    await broken.close();
  }
});

test('close drains: an in-flight request completes, new connections are refused, readiness turns off', async () => {
  const s = await startServer({ modelPath: MODEL, modelName: 'iris', port: 0, host: '127.0.0.1' });
  await s.loaded;
  // A request whose body arrives slowly is in flight when close() starts.
  const { request } = await import('node:http');
  const pending = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${s.url}/v2/models/iris/infer`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write('{"inputs": [{"name": "input", "datatype": "FP32", "shape": [1, 4], ');
    setTimeout(() => req.end('"data": [5.1, 3.5, 1.4, 0.2]}]}'), 300);
  });
  await new Promise((r) => setTimeout(r, 100));
  const closing = s.close();
  await assert.rejects(fetch(`${s.url}/v2/health/live`));
  const done = await pending;
  assert.equal(done.status, 200);
  assert.deepEqual(JSON.parse(done.body).outputs[1].data, [expected.label[0]]);
  await closing;
});
