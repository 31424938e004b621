/** The actions the CLI can run, loaded on demand so `mlci report` starts without the engines. */
import type { ActionDefinition } from '../../../actions/common/src/index.ts';

type Loader = () => Promise<ActionDefinition<any, any>>;

export const ACTIONS: Record<string, Loader> = {};
