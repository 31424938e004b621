/**
 * Where an action finds onnxruntime-node. Its native binaries are not bundled (nor committed), so it is looked
 * up at run time: in the action's own tree (node_modules of an mlci checkout), then in the user's workspace
 * (a `npm install onnxruntime-node` step). Not found is the user's to fix, said plainly.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '@mlci/core';

const ADVICE = "add a step that runs 'npm install onnxruntime-node' in the workspace (or, for package-image, set 'onnxruntime-dir')";

/** The onnxruntime-node package folder, or undefined when there is none. */
export function findOnnxRuntimeDir(workspace: string): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/<action>/ in a bundle, actions/common/src/ in the sources; then the workspace.
  const roots = [path.join(here, '..', '..'), path.join(here, '..', '..', '..'), workspace];
  return roots.map((root) => path.join(root, 'node_modules', 'onnxruntime-node')).find((dir) => existsSync(path.join(dir, 'package.json')));
}

/** Import onnxruntime-node from where `findOnnxRuntimeDir` finds it. */
export async function importOnnxRuntime(workspace: string): Promise<typeof import('onnxruntime-node')> {
  const dir = findOnnxRuntimeDir(workspace);
  if (!dir) throw new UserError(`onnxruntime-node was not found; ${ADVICE}.`);
  // A require made at run time: the bundler rewrites import() and require() calls it can see.
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  return createRequire(path.join(dir, 'package.json'))(dir) as typeof import('onnxruntime-node');
}

export const ONNXRUNTIME_ADVICE = ADVICE;
