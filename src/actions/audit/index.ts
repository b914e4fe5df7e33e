import { runAction } from '../../kit/run.js';
import { main } from './main.js';

await runAction(main);
