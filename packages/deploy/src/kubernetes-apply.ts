/**
 * The `kubernetes` target, applying half: `kubectl apply --server-side` of the rendered directory, then watch
 * the rollout until available; a rollout that reports ProgressDeadlineExceeded is undone (`kubectl rollout
 * undo`) and reported as rolled back. For an InferenceService it waits for its Ready condition instead (KServe
 * keeps the previous revision serving until the new one is ready).
 *
 * NOT EXERCISED: no Kubernetes cluster can be had where this was written and tested. The rendering and schema
 * validation are tested for real (test/deploy/kubernetes.test.ts); this file is not. It needs `kubectl` on PATH.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '@mlci/core';
import type { RenderedManifest } from './kubernetes.ts';

const run = promisify(execFile);

export interface ApplyOptions {
  kubeconfig: string;
  directory: string;
  namespace?: string;
  timeoutSeconds: number;
  rollback: boolean;
}

export interface ApplyOutcome {
  available: boolean;
  rolledBack: boolean;
  reason: string | null;
  output: string[];
}

export async function applyKubernetes(manifests: RenderedManifest[], options: ApplyOptions): Promise<ApplyOutcome> {
  const base = ['--kubeconfig', options.kubeconfig, ...(options.namespace ? ['--namespace', options.namespace] : [])];
  const output: string[] = [];
  const kubectl = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('kubectl', [...base, ...args], { maxBuffer: 1 << 24 });
      output.push(...`${stdout}${stderr}`.trim().split('\n'));
      return { ok: true, text: `${stdout}${stderr}` };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; code?: string };
      if (e.code === 'ENOENT') throw new UserError('the kubernetes target applies manifests with kubectl, which is not on PATH');
      const text = `${e.stdout ?? ''}${e.stderr ?? ''}`;
      output.push(...text.trim().split('\n'));
      return { ok: false, text };
    }
  };
  const applied = await kubectl('apply', '--server-side', '--field-manager=mlci', '-f', options.directory);
  if (!applied.ok) return { available: false, rolledBack: false, reason: `kubectl apply failed: ${applied.text.trim()}`, output };
  const workload = manifests.find((m) => m.kind === 'Deployment' || m.kind === 'InferenceService')!;
  if (workload.kind === 'InferenceService') {
    const ready = await kubectl('wait', '--for=condition=Ready', `inferenceservice/${workload.name}`,
      `--timeout=${options.timeoutSeconds}s`);
    return { available: ready.ok, rolledBack: false, reason: ready.ok ? null : ready.text.trim(), output };
  }
  const status = await kubectl('rollout', 'status', `deployment/${workload.name}`, `--timeout=${options.timeoutSeconds}s`);
  if (status.ok) return { available: true, rolledBack: false, reason: null, output };
  const deadline = /exceeded its progress deadline|ProgressDeadlineExceeded/.test(status.text);
  if (deadline && options.rollback) {
    const undone = await kubectl('rollout', 'undo', `deployment/${workload.name}`);
    return { available: false, rolledBack: undone.ok, reason: `ProgressDeadlineExceeded: ${status.text.trim()}`, output };
  }
  return { available: false, rolledBack: false, reason: status.text.trim(), output };
}
