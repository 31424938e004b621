import { runAction } from '../../common/src/index.ts';
import { definition } from './deploy-endpoint.ts';
await runAction(definition);
