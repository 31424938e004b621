import { runAction } from '../../common/src/index.ts';
import { definition } from './package-image.ts';
await runAction(definition);
