// Entry of a grading worker thread. Workers do not inherit the TypeScript loader of the
// thread that starts them, so this plain-JavaScript file registers it first.
import { register } from 'tsx/esm/api';

register();
await import('./grade-worker.ts');
