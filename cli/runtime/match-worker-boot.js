// Entry of a match worker thread. Workers do not inherit the TypeScript module hooks of
// the thread that starts them, so this plain-JavaScript file registers them first.
import { registerTypeScript } from './ts-loader.js';

registerTypeScript();
await import('./match-worker.ts');
