/** The actions the CLI can run, loaded on demand so `mlci report` starts without the engines. */
import type { ActionDefinition } from '../../../actions/common/src/index.ts';

type Loader = () => Promise<ActionDefinition<any, any>>;

export const ACTIONS: Record<string, Loader> = {
  'data-validate': async () => (await import('../../../actions/data-validate/src/data-validate.ts')).definition,
  'model-eval': async () => (await import('../../../actions/model-eval/src/model-eval.ts')).definition,
  'drift-check': async () => (await import('../../../actions/drift-check/src/drift-check.ts')).definition,
  'package-image': async () => (await import('../../../actions/package-image/src/package-image.ts')).definition,
  'deploy-endpoint': async () => (await import('../../../actions/deploy-endpoint/src/deploy-endpoint.ts')).definition,
};
