import { runAction } from '../../common/src/index.ts';
import { definition } from './data-validate.ts';
await runAction(definition);
