import { runAction } from '../actions/common/src/index.ts';
import { definition } from './report-action.ts';

await runAction(definition);
