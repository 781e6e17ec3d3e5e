// Entry of a sandbox worker thread (see sandbox-thread.ts). Workers do not inherit the
// TypeScript module hooks of the thread that starts them, so this file registers them first.
import { registerTypeScript } from './ts-loader.js';

registerTypeScript();
await import('./sandbox-worker.ts');
