/**
 * Batch scoring (`serve batch`): CSV and JSONL in, CSV and JSONL out, the fixture model's known outputs, and
 * user errors with file and line. Also the `serve` program itself: start, ready, SIGTERM exits 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreFile } from '@mlci/serve';

const MODEL = fileURLToPath(new URL('../fixtures/models/iris-linear.onnx', import.meta.url));
const MAIN = fileURLToPath(new URL('../../packages/serve/src/main.ts', import.meta.url));
const jsonOf = (response: Response): Promise<any> => response.json();
const expected = JSON.parse(readFileSync(new URL('../fixtures/models/iris-linear.expected.json', import.meta.url), 'utf8')) as {
  input: number[][]; probabilities: number[][]; label: number[];
};
const dir = mkdtempSync(join(tmpdir(), 'mlci-batch-'));

test('a CSV is scored into a CSV with one column per output value, rows in order', async () => {
  const input = join(dir, 'rows.csv');
  writeFileSync(input, 'sepal_length,sepal_width,petal_length,petal_width\n' + expected.input.map((r) => r.join(',')).join('\n') + '\n');
  const output = join(dir, 'scores.csv');
  const result = await scoreFile({ modelPath: MODEL, input, output, chunkRows: 2 });
  assert.equal(result.rows, 3);
  const lines = readFileSync(output, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'probabilities_0,probabilities_1,probabilities_2,label');
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',').map(Number);
    cells.slice(0, 3).forEach((v, j) => assert.ok(Math.abs(v - expected.probabilities[i][j]) < 1e-6));
    assert.equal(cells[3], expected.label[i]);
  });
});

test('JSONL arrays and objects are scored into JSONL', async () => {
  const input = join(dir, 'rows.jsonl');
  writeFileSync(input, `${JSON.stringify(expected.input[0])}\n${JSON.stringify({ input: expected.input[1] })}\n\n${JSON.stringify(expected.input[2])}\n`);
  const output = join(dir, 'scores.jsonl');
  await scoreFile({ modelPath: MODEL, input, output });
  const rows = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => r.label), expected.label);
  assert.equal(rows[1].probabilities.length, 3);
});

test('a non-numeric cell is a user error with its line and column', async () => {
  const input = join(dir, 'bad.csv');
  writeFileSync(input, 'a,b,c,d\n1,2,3,4\n1,x,3,4\n');
  await assert.rejects(scoreFile({ modelPath: MODEL, input, output: join(dir, 'o.csv') }), (error: Error & { location?: { line?: number; column?: number } }) =>
    /column 'b' at line 3 of .*bad.csv is 'x', not a number/.test(error.message) && error.location?.line === 3 && error.location?.column === 2);
  const narrow = join(dir, 'narrow.csv');
  writeFileSync(narrow, 'a,b\n1,2\n');
  await assert.rejects(scoreFile({ modelPath: MODEL, input: narrow, output: join(dir, 'o.csv') }), /has 2 columns \(a, b\); input 'input' takes 4 features/);
});

test('the serve program becomes ready, answers, and exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, [MAIN, '--model', MODEL, '--name', 'iris', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ready: POST (http:\/\/[^/]+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const body = await await jsonOf(await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 4], data: expected.input[2] }] }) }));
  assert.deepEqual(body.outputs[1].data, [expected.label[2]]);
  child.kill('SIGTERM');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 0);
  assert.match(out, /SIGTERM: draining in-flight requests[\s\S]*stopped/);
});
