import { runAction } from '../../common/src/index.ts';
import { definition } from './drift-check.ts';
await runAction(definition);
