import { runAction } from '../../common/src/index.ts';
import { definition } from './model-eval.ts';
await runAction(definition);
