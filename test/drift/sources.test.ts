import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileDataset } from '@mlci/data';
import { compareDatasets } from '@mlci/drift';
import { UserError } from '@mlci/core';
import { writeTable, DRIFTED } from '../../bench/drift-check/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-src-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('a data-validate profile as the reference: numeric columns use its histogram bins and drift is still found', async () => {
  const ref = join(dir, 'ref.csv');
  const cur = join(dir, 'cur.csv');
  await writeTable(ref, 20000, false);
  await writeTable(cur, 20000, true);
  const profile = join(dir, 'reference.profile.json');
  writeFileSync(profile, JSON.stringify((await profileDataset([ref])).toJSON()));
  const r = await compareDatasets(profile, cur);
  assert.equal(r.reference.fromCache, true);
  assert.equal(r.reference.rows, 20000);
  const byName = Object.fromEntries(r.columns.map((c) => [c.column, c]));
  assert.equal(byName.num_0.test, 'jensenshannon');
  assert.match(byName.num_0.reason, /data-validate profile \(histogram only/);
  for (const name of DRIFTED) assert.equal(byName[name].drifted, true, name);
  assert.equal(byName.num_5.drifted, false);
  assert.equal(byName.cat_3.drifted, false);
  await assert.rejects(compareDatasets(profile, cur, { stattest: 'ks', columns: ['num_0'] }), (e: unknown) =>
    e instanceof UserError && /needs the reference's values, but column 'num_0' comes from a data-validate profile/.test(e.message));
});

test('JSON Lines and TSV datasets are read through @mlci/data with the same results as CSV', async () => {
  const lines = (shift: number) => Array.from({ length: 400 }, (_, i) => JSON.stringify({ x: ((i * 7919) % 400) / 40 + shift, city: i % 3 ? 'Oslo' : 'Rome' })).join('\n');
  writeFileSync(join(dir, 'a.jsonl'), lines(0));
  writeFileSync(join(dir, 'b.jsonl'), lines(1.5));
  const csv = (shift: number) => 'x\tcity\n' + Array.from({ length: 400 }, (_, i) => `${((i * 7919) % 400) / 40 + shift}\t${i % 3 ? 'Oslo' : 'Rome'}`).join('\n');
  writeFileSync(join(dir, 'a.tsv'), csv(0));
  writeFileSync(join(dir, 'b.tsv'), csv(1.5));
  const j = await compareDatasets(join(dir, 'a.jsonl'), join(dir, 'b.jsonl'));
  const t = await compareDatasets(join(dir, 'a.tsv'), join(dir, 'b.tsv'));
  assert.deepEqual(j.driftedColumns, ['x']);
  assert.deepEqual(j.columns.map((c) => [c.column, c.test, c.statistic, c.pValue]), t.columns.map((c) => [c.column, c.test, c.statistic, c.pValue]));
  assert.equal(j.columns.find((c) => c.column === 'x')!.test, 'ks');
  assert.equal(j.columns.find((c) => c.column === 'city')!.test, 'z');
});
