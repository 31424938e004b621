import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demultiplex, isInferSuccess, parseEnvLines, readSmokeRequest, requestFromMetadata } from '@mlci/deploy';

test('env lines: KEY=VALUE, value keeps later =, blanks and comments skipped', () => {
  assert.deepEqual(parseEnvLines('A=1\n\n# note\nURL=http://x?a=b\nEMPTY=\n'), { A: '1', URL: 'http://x?a=b', EMPTY: '' });
});

test('env lines: a line without = is a user error with its line number', () => {
  assert.throws(() => parseEnvLines('A=1\nnot a pair\n'), (error: any) => {
    assert.equal(error.name, 'UserError');
    assert.match(error.message, /env line 2 is not KEY=VALUE \(got 'not a pair'\)/);
    assert.deepEqual(error.location, { file: 'env', line: 2, column: 1 });
    return true;
  });
});

test('smoke request generated from metadata: dynamic dims become 1, zeros of the declared type', () => {
  const metadata = JSON.stringify({ name: 'm', inputs: [
    { name: 'x', datatype: 'FP32', shape: [-1, 3] }, { name: 's', datatype: 'BYTES', shape: [2] }] });
  const request = requestFromMetadata(metadata, 'm');
  assert.deepEqual(JSON.parse(request.body), { inputs: [
    { name: 'x', datatype: 'FP32', shape: [1, 3], data: [0, 0, 0] },
    { name: 's', datatype: 'BYTES', shape: [2], data: ['', ''] }] });
  assert.equal(request.generated, true);
});

test('smoke request file: "model" names the model and is removed from the body; bad JSON points at the line', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlci-smoke-'));
  try {
    const good = path.join(dir, 'good.json');
    await writeFile(good, JSON.stringify({ model: 'iris', inputs: [{ name: 'x', datatype: 'FP32', shape: [1], data: [1] }] }));
    const request = await readSmokeRequest(good, undefined);
    assert.equal(request.model, 'iris');
    assert.deepEqual(Object.keys(JSON.parse(request.body)), ['inputs']);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{\n  "inputs": [],\n  "x": 1,\n}'); // trailing comma: the } on line 4 is unexpected
    await assert.rejects(readSmokeRequest(bad, 'iris'), (error: any) => {
      assert.match(error.message, /smoke-request is not JSON/);
      assert.equal(error.location.file, bad);
      assert.equal(error.location.line, 4);
      assert.equal(error.location.column, 1);
      return true;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an infer answer passes only with HTTP 200 and a non-empty outputs array', () => {
  assert.equal(isInferSuccess(200, '{"outputs":[{"name":"y","data":[1]}]}'), true);
  assert.equal(isInferSuccess(200, '{"outputs":[]}'), false);
  assert.equal(isInferSuccess(500, '{"outputs":[{"name":"y"}]}'), false);
  assert.equal(isInferSuccess(200, 'not json'), false);
});

test('docker log frames are demultiplexed (8-byte header, big-endian length)', () => {
  const frame = (stream: number, text: string) => {
    const payload = Buffer.from(text);
    const header = Buffer.alloc(8);
    header[0] = stream;
    header.writeUInt32BE(payload.length, 4);
    return Buffer.concat([header, payload]);
  };
  assert.equal(demultiplex(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')])), 'out\nerr\n');
  assert.equal(demultiplex(Buffer.from('plain tty text')), 'plain tty text');
});
